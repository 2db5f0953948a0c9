using System.Collections;
using System.Globalization;

namespace Optpoline;

/// <summary>
/// Settings of the Optpoline runtime. Every property can also be set from an environment
/// variable (<c>OPTPOLINE_</c> followed by the property name in upper snake case, durations in
/// milliseconds); see <see cref="FromEnvironment()"/>. The defaults are the ones the README's
/// bounds and benchmarks were measured with.
/// </summary>
public sealed record OptpolineOptions
{
    /// <summary>Global switch. When false every site stays a plain call and no patcher thread starts.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Slots a site gets on its first promotion, if it needs that many (grown on thrash).</summary>
    public int InitialSlots { get; init; } = 2;

    /// <summary>Upper bound on slots a site can grow to.</summary>
    public int MaxSlots { get; init; } = 8;

    /// <summary>How many consecutive calls a sampling burst records.</summary>
    public int BurstLength { get; init; } = 64;

    /// <summary>Time between the end of one sampling burst of a site and the start of the next.</summary>
    public TimeSpan SamplingPeriod { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>Misses of a promoted dispatcher that make the site ask for a new burst and re-evaluation.</summary>
    public int MissThreshold { get; init; } = 256;

    /// <summary>One miss in this many is sampled into the site's miss table (a power of two).</summary>
    public int MissSampleEvery { get; init; } = 16;

    /// <summary>Minimum sampled share for a receiver type to earn a slot.</summary>
    public double MinSlotShare { get; init; } = 0.05;

    /// <summary>
    /// Promote only when at least this share of calls would miss the JIT's own guarded guess
    /// (the type the site saw most while the caller was being profiled); a site without a JIT guess
    /// (generic virtual calls, sites whose plain path has no PGO) counts as missing every call.
    /// </summary>
    /// <remarks>
    /// 0.6 keeps a 50/50 bimorphic site plain: measured with BenchmarkDotNet (docs/benchmarks/), a
    /// promoted bimorphic abstract-class site ran at 0.43x to 0.71x of the plain call, whose PGO guess
    /// takes half the calls and whose vtable call takes the rest cheaply. Three uniform types (0.67) and
    /// more are promoted.
    /// </remarks>
    public double PromoteMissShare { get; init; } = 0.6;

    /// <summary>
    /// Largest target (in IL bytes) that a dispatcher is expected to inline. A class virtual call or a
    /// delegate call is already a single indirect call, so a dispatcher can only win on the calls whose
    /// target it inlines: for these kinds, <see cref="PromoteMissShare"/> counts only calls that miss the
    /// JIT's guess <em>and</em> go to a target this small. Interface and generic virtual calls, which
    /// go through the runtime's dispatch stubs or lookup helper, count every miss. A target that itself
    /// makes an indirect call (virtual, interface, delegate or function pointer) counts as large
    /// whatever its size: inlined, it still pays for that call.
    /// <see cref="int.MaxValue"/> counts every miss for every kind.
    /// </summary>
    /// <remarks>
    /// Measured on Jint (docs/benchmarks/jint.md): its interpreter's busiest class virtual sites
    /// (<c>JintExpression.Evaluate</c> over five to eight node types whose <c>EvaluateInternal</c>
    /// runs to hundreds of IL bytes) were promoted and lost against the plain call.
    /// </remarks>
    public int MaxInlinedTargetSize { get; init; } = 32;

    /// <summary>Minimum share of calls the chosen slots must cover for a promotion to pay.</summary>
    public double MinCoverage { get; init; } = 0.6;

    /// <summary>Re-patches within <see cref="ThrashWindow"/> above which a site is thrashing.</summary>
    public int ThrashLimit { get; init; } = 4;

    /// <summary>Window in which re-patches are counted for thrash detection.</summary>
    public TimeSpan ThrashWindow { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>First back-off of a megamorphic site; doubled at each further megamorphic verdict.</summary>
    public TimeSpan MegamorphicBackoff { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest back-off of a megamorphic site.</summary>
    public TimeSpan MaxMegamorphicBackoff { get; init; } = TimeSpan.FromSeconds(64);

    /// <summary>How a full site picks the slot to replace.</summary>
    public SlotPolicy Policy { get; init; } = SlotPolicy.LeastRecentlyModified;

    /// <summary>Period of <see cref="SlotPolicy.PeriodicRetraining"/>.</summary>
    public TimeSpan RetrainPeriod { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How often the background patcher wakes up.</summary>
    public TimeSpan PatchInterval { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>Global budget of dispatcher compilations per second, over all sites.</summary>
    public int MaxPatchesPerSecond { get; init; } = 500;

    /// <summary>
    /// Age of a site during which the dominant receiver types are taken as the JIT's own guess
    /// (dynamic PGO profiles a method early in its life and freezes the guess at tier 1).
    /// </summary>
    public TimeSpan BaselineWindow { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Reads every setting from <c>OPTPOLINE_*</c> environment variables, over the defaults.</summary>
    /// <exception cref="OptpolineConfigurationException">A variable has a value that cannot be used.</exception>
    public static OptpolineOptions FromEnvironment() => FromEnvironment(Environment.GetEnvironmentVariables());

    /// <summary>Reads every setting from the given variables (names as in <see cref="FromEnvironment()"/>).</summary>
    /// <exception cref="OptpolineConfigurationException">A variable has a value that cannot be used.</exception>
    public static OptpolineOptions FromEnvironment(IDictionary variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        var reader = new EnvironmentReader(variables);
        var d = new OptpolineOptions();
        var options = new OptpolineOptions
        {
            Enabled = reader.Bool("OPTPOLINE_ENABLED", d.Enabled),
            InitialSlots = reader.Int("OPTPOLINE_INITIAL_SLOTS", d.InitialSlots),
            MaxSlots = reader.Int("OPTPOLINE_MAX_SLOTS", d.MaxSlots),
            BurstLength = reader.Int("OPTPOLINE_BURST_LENGTH", d.BurstLength),
            SamplingPeriod = reader.Millis("OPTPOLINE_SAMPLING_PERIOD_MS", d.SamplingPeriod),
            MissThreshold = reader.Int("OPTPOLINE_MISS_THRESHOLD", d.MissThreshold),
            MissSampleEvery = reader.Int("OPTPOLINE_MISS_SAMPLE_EVERY", d.MissSampleEvery),
            MinSlotShare = reader.Double("OPTPOLINE_MIN_SLOT_SHARE", d.MinSlotShare),
            PromoteMissShare = reader.Double("OPTPOLINE_PROMOTE_MISS_SHARE", d.PromoteMissShare),
            MinCoverage = reader.Double("OPTPOLINE_MIN_COVERAGE", d.MinCoverage),
            MaxInlinedTargetSize = reader.Int("OPTPOLINE_MAX_INLINED_TARGET_SIZE", d.MaxInlinedTargetSize),
            ThrashLimit = reader.Int("OPTPOLINE_THRASH_LIMIT", d.ThrashLimit),
            ThrashWindow = reader.Millis("OPTPOLINE_THRASH_WINDOW_MS", d.ThrashWindow),
            MegamorphicBackoff = reader.Millis("OPTPOLINE_MEGAMORPHIC_BACKOFF_MS", d.MegamorphicBackoff),
            MaxMegamorphicBackoff = reader.Millis("OPTPOLINE_MAX_MEGAMORPHIC_BACKOFF_MS", d.MaxMegamorphicBackoff),
            Policy = reader.Policy("OPTPOLINE_POLICY", d.Policy),
            RetrainPeriod = reader.Millis("OPTPOLINE_RETRAIN_PERIOD_MS", d.RetrainPeriod),
            PatchInterval = reader.Millis("OPTPOLINE_PATCH_INTERVAL_MS", d.PatchInterval),
            MaxPatchesPerSecond = reader.Int("OPTPOLINE_MAX_PATCHES_PER_SECOND", d.MaxPatchesPerSecond),
            BaselineWindow = reader.Millis("OPTPOLINE_BASELINE_WINDOW_MS", d.BaselineWindow),
        };
        reader.ThrowIfErrors();
        options.Validate();
        return options;
    }

    /// <summary>Checks every setting and reports all the problems at once.</summary>
    /// <exception cref="OptpolineConfigurationException">One or more settings are out of range.</exception>
    public void Validate()
    {
        var errors = new List<string>();
        void Check(bool ok, string message)
        {
            if (!ok)
            {
                errors.Add(message);
            }
        }

        Check(InitialSlots is >= 1 and <= 64, $"InitialSlots must be between 1 and 64 (got {InitialSlots}).");
        Check(MaxSlots is >= 1 and <= 64, $"MaxSlots must be between 1 and 64 (got {MaxSlots}).");
        Check(InitialSlots <= MaxSlots, $"InitialSlots ({InitialSlots}) must not exceed MaxSlots ({MaxSlots}).");
        Check(BurstLength is >= 1 and <= 1_000_000, $"BurstLength must be between 1 and 1000000 (got {BurstLength}).");
        Check(SamplingPeriod > TimeSpan.Zero, $"SamplingPeriod must be positive (got {SamplingPeriod}).");
        Check(MissThreshold >= 1, $"MissThreshold must be at least 1 (got {MissThreshold}).");
        Check(MissSampleEvery >= 1 && (MissSampleEvery & (MissSampleEvery - 1)) == 0, $"MissSampleEvery must be a power of two (got {MissSampleEvery}).");
        Check(MinSlotShare is > 0 and <= 1, $"MinSlotShare must be in (0, 1] (got {MinSlotShare}).");
        Check(PromoteMissShare is >= 0 and <= 1, $"PromoteMissShare must be in [0, 1] (got {PromoteMissShare}).");
        Check(MinCoverage is >= 0 and <= 1, $"MinCoverage must be in [0, 1] (got {MinCoverage}).");
        Check(MaxInlinedTargetSize >= 0, $"MaxInlinedTargetSize must not be negative (got {MaxInlinedTargetSize}).");
        Check(ThrashLimit >= 1, $"ThrashLimit must be at least 1 (got {ThrashLimit}).");
        Check(ThrashWindow > TimeSpan.Zero, $"ThrashWindow must be positive (got {ThrashWindow}).");
        Check(MegamorphicBackoff > TimeSpan.Zero, $"MegamorphicBackoff must be positive (got {MegamorphicBackoff}).");
        Check(MaxMegamorphicBackoff >= MegamorphicBackoff, $"MaxMegamorphicBackoff ({MaxMegamorphicBackoff}) must not be shorter than MegamorphicBackoff ({MegamorphicBackoff}).");
        Check(RetrainPeriod > TimeSpan.Zero, $"RetrainPeriod must be positive (got {RetrainPeriod}).");
        Check(PatchInterval > TimeSpan.Zero, $"PatchInterval must be positive (got {PatchInterval}).");
        Check(MaxPatchesPerSecond >= 1, $"MaxPatchesPerSecond must be at least 1 (got {MaxPatchesPerSecond}).");
        Check(BaselineWindow >= TimeSpan.Zero, $"BaselineWindow must not be negative (got {BaselineWindow}).");
        if (errors.Count > 0)
        {
            throw new OptpolineConfigurationException(errors);
        }
    }

    private sealed class EnvironmentReader(IDictionary variables)
    {
        private readonly List<string> _errors = [];

        public bool Bool(string name, bool fallback) => Read(name, fallback, static s => s.ToLowerInvariant() switch
        {
            "1" or "true" or "on" or "yes" => (true, true),
            "0" or "false" or "off" or "no" => (true, false),
            _ => (false, false),
        }, "1, 0, true, false, on or off");

        public int Int(string name, int fallback) =>
            Read(name, fallback, static s => (int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v), v), "a whole number");

        public double Double(string name, double fallback) =>
            Read(name, fallback, static s => (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v), v), "a number such as 0.25");

        public TimeSpan Millis(string name, TimeSpan fallback) =>
            Read(name, fallback, static s => (double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v), TimeSpan.FromMilliseconds(v)), "a duration in milliseconds");

        public SlotPolicy Policy(string name, SlotPolicy fallback) => Read(name, fallback, static s => s.ToLowerInvariant() switch
        {
            "lrm" or "leastrecentlymodified" => (true, SlotPolicy.LeastRecentlyModified),
            "lfu" or "leastfrequentlyused" => (true, SlotPolicy.LeastFrequentlyUsed),
            "periodic" or "periodicretraining" => (true, SlotPolicy.PeriodicRetraining),
            _ => (false, default),
        }, "lrm, lfu or periodic");

        public void ThrowIfErrors()
        {
            if (_errors.Count > 0)
            {
                throw new OptpolineConfigurationException(_errors);
            }
        }

        private T Read<T>(string name, T fallback, Func<string, (bool Ok, T Value)> parse, string expected)
        {
            if (variables[name] is not string raw || raw.Length == 0)
            {
                return fallback;
            }

            var (ok, value) = parse(raw.Trim());
            if (!ok)
            {
                _errors.Add($"{name}='{raw}' is not valid: expected {expected}.");
                return fallback;
            }

            return value;
        }
    }
}
