namespace Optpoline.Tests.Delegates;

/// <summary>One kind of delegate: how to make a fresh one (with fresh state), and whether a slot may call it directly.</summary>
internal sealed record ZooEntry(string Name, Func<Func<int, string?, string>> Create, bool Promotable)
{
    public override string ToString() => Name;
}
