namespace Optpoline.Tests.Delegates;

/// <summary>
/// One call of a delegate scenario: which kind of delegate, which object of that kind (<c>-1</c>: a
/// fresh one, made now), the arguments, and whether the caller uses the shim form or <c>Invoke</c>.
/// </summary>
internal readonly record struct DelegateCall(int Kind, int Instance, int A, string? S, bool Shim);
