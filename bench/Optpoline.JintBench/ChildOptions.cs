using System.Globalization;

namespace Optpoline.JintBench;

/// <summary><c>child --variant stock|woven|off|baked --program NAME --warmup SECONDS --seconds SECONDS [--timeline]</c>.</summary>
internal sealed record ChildOptions(string Variant, string Program, TimeSpan Warmup, TimeSpan Measured, bool Timeline = false)
{
    public static ChildOptions Parse(IReadOnlyList<string> args)
    {
        string Value(string name)
        {
            var i = args.ToList().IndexOf(name);
            return i >= 0 && i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"child: {name} is required.");
        }

        var variant = Value("--variant");
        if (variant is not (Variants.Stock or Variants.Woven or Variants.Off or Variants.Baked))
        {
            throw new ArgumentException($"child: --variant is {Variants.Stock}, {Variants.Woven}, {Variants.Off} or {Variants.Baked}, not {variant}.");
        }

        return new ChildOptions(
            variant,
            Value("--program"),
            TimeSpan.FromSeconds(double.Parse(Value("--warmup"), CultureInfo.InvariantCulture)),
            TimeSpan.FromSeconds(double.Parse(Value("--seconds"), CultureInfo.InvariantCulture)),
            args.Contains("--timeline"));
    }

    public IEnumerable<string> ToArguments() =>
    [
        "child",
        "--variant", Variant,
        "--program", Program,
        "--warmup", Warmup.TotalSeconds.ToString(CultureInfo.InvariantCulture),
        "--seconds", Measured.TotalSeconds.ToString(CultureInfo.InvariantCulture),
    ];
}
