namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>A generated call site: <c>static string S_k(ParameterType r, int a) => Call;</c>.</summary>
/// <param name="ParameterType">The receiver's static type.</param>
/// <param name="Call">A string-valued C# expression over <c>r</c> and <c>a</c>.</param>
/// <param name="Generic">Declared <c>S_k&lt;TR&gt;(TR r, int a) where TR : ParameterType</c>, so the call is
/// <c>constrained.</c> and the caller's code is shared (called with <c>TR</c> = the parameter type).</param>
internal sealed record DriverSite(string ParameterType, string Call, bool Generic = false);
