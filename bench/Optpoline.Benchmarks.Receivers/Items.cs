// Receivers for the benchmarks of an interface call in generic code over a reference type: Item, and
// three comparers of it, called as IComparer<T> from code shared by every reference-type T.
namespace Optpoline.Benchmarks.Receivers;

public sealed class Item(int value, string name)
{
    public int Value { get; } = value;

    public string Name { get; } = name;
}

public sealed class ValueComparer : IComparer<Item>
{
    public int Compare(Item? x, Item? y) => x!.Value.CompareTo(y!.Value);
}

public sealed class ReverseValueComparer : IComparer<Item>
{
    public int Compare(Item? x, Item? y) => y!.Value.CompareTo(x!.Value);
}

public sealed class NameLengthComparer : IComparer<Item>
{
    public int Compare(Item? x, Item? y) => x!.Name.Length - y!.Name.Length;
}

public static class ItemComparers
{
    /// <summary>Comparer number <paramref name="type"/> (0..2).</summary>
    public static IComparer<Item> Create(int type) => type switch
    {
        0 => new ValueComparer(),
        1 => new ReverseValueComparer(),
        2 => new NameLengthComparer(),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };
}
