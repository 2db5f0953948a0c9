namespace Optpoline.Tests.Differential;

/// <summary>One failure of a differential run: a short category to group by, and the full self-contained message.</summary>
internal sealed record DiffFailure(string Category, string Message);
