namespace Optpoline.Tests.Differential;

/// <summary>A covariant return over <see cref="Result0"/>.</summary>
public class Result1(string text) : Result0(text);
