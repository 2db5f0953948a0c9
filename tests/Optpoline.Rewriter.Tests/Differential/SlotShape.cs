namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>
/// A method a generated class can declare, override or implement: its C# signature pieces, and the
/// expression its bodies return, which names the implementation that ran.
/// </summary>
/// <param name="Name">The method's name.</param>
/// <param name="Returns">The return type; <c>int</c> bodies encode the implementation as a number.</param>
/// <param name="TypeParameters">The method's own type parameter list (<c>&lt;T&gt;</c>), or empty.</param>
/// <param name="Parameters">The parameter list, without parentheses.</param>
/// <param name="Arguments">The arguments that forward the parameters (for <c>base.</c> calls).</param>
/// <param name="HasIntArgument">Whether the method takes <c>int a</c>, so a body can throw on some values of it.</param>
internal sealed record SlotShape(string Name, string Returns, string TypeParameters, string Parameters, string Arguments, bool HasIntArgument)
{
    public static readonly SlotShape V = new("V", "string", "", "int a", "a", true);
    public static readonly SlotShape A = new("A", "int", "", "int a", "a", true);
    public static readonly SlotShape GV = new("GV", "string", "<T>", "T x", "x", false);
    public static readonly SlotShape Step = new("Step", "string", "", "int a", "a", true);
    public static readonly SlotShape M = new("M", "int", "", "int a", "a", true);
    public static readonly SlotShape G = new("G", "string", "<T>", "", "", false);
    public static readonly SlotShape N = new("N", "string", "", "int a", "a", true);
    public static readonly SlotShape D = new("D", "string", "", "int a", "a", true);

    /// <summary><c>Get(TC x)</c> of <c>IGen&lt;TC&gt;</c>, with the class's type argument substituted.</summary>
    public static SlotShape Get(string typeArgument) => new("Get", "string", "", typeArgument + " x", "x", false);

    /// <summary>The part after the return type: <c>Name&lt;T&gt;(params)</c>.</summary>
    public string Signature => $"{Name}{TypeParameters}({Parameters})";

    /// <summary>The value a body returns, given the C# expression that names the implementation.</summary>
    public string Value(string who, int id) => Returns == "int"
        ? $"{id} * 100000 + a + ({who}).Length"
        : Name switch
        {
            "GV" => $"{who} + \".GV<\" + typeof(T).Name + \">:\" + x",
            "G" => $"{who} + \".G<\" + typeof(T).Name + \">\"",
            "Get" => $"{who} + \".Get:\" + x",
            _ => $"{who} + \".{Name}:\" + a",
        };
}
