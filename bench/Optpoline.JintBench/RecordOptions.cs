using System.Globalization;

namespace Optpoline.JintBench;

/// <summary><c>record --output FILE --seconds SECONDS --programs a,b</c>.</summary>
internal sealed record RecordOptions(string Output, TimeSpan Duration, IReadOnlyList<string> Programs)
{
    public static RecordOptions Parse(IReadOnlyList<string> args)
    {
        string Value(string name)
        {
            var i = args.ToList().IndexOf(name);
            return i >= 0 && i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"record: {name} is required.");
        }

        return new RecordOptions(
            Value("--output"),
            TimeSpan.FromSeconds(double.Parse(Value("--seconds"), CultureInfo.InvariantCulture)),
            Value("--programs").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    public IEnumerable<string> ToArguments() =>
    [
        "record",
        "--output", Output,
        "--seconds", Duration.TotalSeconds.ToString(CultureInfo.InvariantCulture),
        "--programs", string.Join(',', Programs),
    ];
}
