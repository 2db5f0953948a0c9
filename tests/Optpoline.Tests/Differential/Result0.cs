namespace Optpoline.Tests.Differential;

/// <summary>
/// A class result of generated methods, so that overrides can return more derived types
/// (<see cref="Result1"/>, <see cref="Result2"/>). Public: generated code constructs it.
/// </summary>
public class Result0(string text)
{
    public string Text { get; } = text;

    public override string ToString() => $"{GetType().Name}({Text})";
}
