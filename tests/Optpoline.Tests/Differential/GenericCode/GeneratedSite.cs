using System.Reflection;

namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>A site a holder made, with the callee and the caller its handles resolved to.</summary>
internal sealed record GeneratedSite(CallSite Site, MethodInfo Callee, MethodBase Caller);
