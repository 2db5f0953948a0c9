namespace Optpoline.Tests.Differential;

/// <summary>A covariant return over <see cref="Result1"/>.</summary>
public sealed class Result2(string text) : Result1(text);
