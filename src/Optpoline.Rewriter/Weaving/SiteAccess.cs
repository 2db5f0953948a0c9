using Mono.Cecil;

namespace Optpoline.Rewriter.Weaving;

/// <summary>What woven code (a shim body or the inline form) names: its holder's target field (what the site publishes), the site's delegate type and <c>Invoke</c>, and the original callee.</summary>
internal sealed record SiteAccess(FieldReference Target, TypeReference DelegateType, MethodReference Invoke, MethodReference Callee);
