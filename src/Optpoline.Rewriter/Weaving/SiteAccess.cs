using Mono.Cecil;

namespace Optpoline.Rewriter.Weaving;

/// <summary>What a shim body names: its holder's site field and <c>Target</c> getter, the site's delegate type and <c>Invoke</c>, and the original callee.</summary>
internal sealed record SiteAccess(FieldReference Site, MethodReference TargetGetter, TypeReference DelegateType, MethodReference Invoke, MethodReference Callee);
