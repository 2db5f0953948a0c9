using System.Globalization;

namespace Optpoline.Workloads.Runner;

/// <summary>The runner's command line.</summary>
internal sealed record RunnerOptions(string Workload, TimeSpan Warmup, TimeSpan Measured, TimeSpan Bucket, TimeSpan Phase, long MaxOperations, bool Verify)
{
    public const string Usage = "usage: Optpoline.Workloads.Runner <workload> [--warmup SECONDS] [--seconds SECONDS] [--bucket-ms MS] [--phase-seconds SECONDS] [--max-ops N] [--no-verify]";

    public static RunnerOptions Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0 || args[0].StartsWith('-'))
        {
            throw new FormatException("the first argument is the workload's name.");
        }

        var options = new RunnerOptions(args[0], TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(3), TimeSpan.FromMilliseconds(100), TimeSpan.Zero, 1_000_000_000, Verify: true);
        for (var i = 1; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new FormatException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--warmup" => options with { Warmup = Seconds(Next()) },
                "--seconds" => options with { Measured = Seconds(Next()) },
                "--bucket-ms" => options with { Bucket = TimeSpan.FromMilliseconds(Number(Next())) },
                "--phase-seconds" => options with { Phase = Seconds(Next()) },
                "--max-ops" => options with { MaxOperations = Number(Next()) },
                "--no-verify" => options with { Verify = false },
                _ => throw new FormatException($"unknown option {args[i]}."),
            };
        }

        if (options.Measured <= TimeSpan.Zero || options.Bucket <= TimeSpan.Zero || options.Warmup < TimeSpan.Zero || options.Phase < TimeSpan.Zero || options.MaxOperations <= 0)
        {
            throw new FormatException("durations and counts must be positive (the warm-up and the phase may be 0).");
        }

        return options;
    }

    private static TimeSpan Seconds(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && double.IsFinite(seconds)
            ? TimeSpan.FromSeconds(seconds)
            : throw new FormatException($"'{text}' is not a number of seconds.");

    private static long Number(string text) =>
        long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : throw new FormatException($"'{text}' is not a whole number.");
}
