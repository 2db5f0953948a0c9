namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>A generated call site: <c>static string S_k(ParameterType r, int a) => Call;</c>.</summary>
/// <param name="ParameterType">The receiver's static type.</param>
/// <param name="Call">A string-valued C# expression over <c>r</c> and <c>a</c>.</param>
internal sealed record DriverSite(string ParameterType, string Call);
