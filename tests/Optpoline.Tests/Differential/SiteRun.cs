namespace Optpoline.Tests.Differential;

/// <summary>One site's differential run: what it was made of, and how to report its failure.</summary>
internal sealed class SiteRun(EmittedHierarchy hierarchy, SiteCandidate candidate, OptpolineOptions options, SiteOptions siteOptions, CallSequence sequence)
{
    public EmittedHierarchy Hierarchy { get; } = hierarchy;

    public SiteCandidate Candidate { get; } = candidate;

    public OptpolineOptions Options { get; } = options;

    public SiteOptions SiteOptions { get; } = siteOptions;

    public CallSequence Sequence { get; } = sequence;

    public SiteDriver Driver { get; set; } = null!;

    /// <summary>A failure whose message names the seed, the hierarchy, the site, and prints the hierarchy.</summary>
    public DiffFailure Fail(string category, string what)
    {
        var nl = Environment.NewLine;
        var site = Driver?.Site;
        var state = site is null ? "not created" : $"{site.State} ({site.Learning().Reason}), slots [{string.Join(", ", site.Learning().Slots.Select(s => DifferentialRunner.Describe(s.Target)))}]";
        return new DiffFailure(category, $"{Hierarchy.Spec.Origin}, site {Candidate.Display} (slot {Candidate.Slot.Owner.Name}.{Candidate.Slot.Name}):{nl}"
            + $"  {what}{nl}"
            + $"  receivers: {string.Join(", ", Candidate.Receivers.Select(TypeNames.Of))}{nl}"
            + $"  sequence: {Sequence.Description}{nl}"
            + $"  site: {state}{nl}"
            + $"  options: {Options} {SiteOptions}{nl}"
            + $"hierarchy:{nl}{Hierarchy.Spec.Describe()}");
    }
}
