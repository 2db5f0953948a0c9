namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>
/// One generated caller's differential run: its instantiations, their sites, their call sequences, and
/// the order their calls are interleaved in (so that code shared by several instantiations runs for
/// each of them in turn); and how to report a failure.
/// </summary>
internal sealed class CallerRun(EmittedHierarchy hierarchy, GenericCallForm form, List<EmittedCall> calls, OptpolineOptions options, List<CallSequence> sequences, int[] schedule)
{
    public EmittedHierarchy Hierarchy { get; } = hierarchy;

    public GenericCallForm Form { get; } = form;

    public List<EmittedCall> Calls { get; } = calls;

    public OptpolineOptions Options { get; } = options;

    public List<CallSequence> Sequences { get; } = sequences;

    /// <summary>For each call of the run, the instantiation that makes it (each takes its sequence's calls in order).</summary>
    public int[] Schedule { get; } = schedule;

    /// <summary>The patcher ticks before every this many calls of the run.</summary>
    public required int TickEvery { get; init; }

    public CallSite[] Sites { get; set; } = [];

    /// <summary>A random interleaving of sequences of <paramref name="lengths"/>: at each step, an instantiation with calls left, in proportion to them.</summary>
    public static int[] Interleave(Random rng, IReadOnlyList<int> lengths)
    {
        var left = lengths.ToArray();
        var schedule = new int[left.Sum()];
        for (var k = 0; k < schedule.Length; k++)
        {
            var x = rng.Next(left.Sum());
            var i = 0;
            while (x >= left[i])
            {
                x -= left[i++];
            }

            schedule[k] = i;
            left[i]--;
        }

        return schedule;
    }

    /// <summary>A failure whose message names the seed, the hierarchy, the caller, the instantiation, and prints the hierarchy.</summary>
    public DiffFailure Fail(string category, int instantiation, string what)
    {
        var nl = Environment.NewLine;
        var at = instantiation < 0 ? "" : $"  at {Calls[instantiation].Instantiation.Display}, calling {Calls[instantiation].Instantiation.Candidate.Display}{nl}";
        var sites = string.Join(nl, Sites.Select((s, i) =>
            $"    {Calls[i].Instantiation.Display}: {s.State} ({s.Learning().Reason}), slots [{string.Join(", ", s.Learning().Slots.Select(slot => DifferentialRunner.Describe(slot.Target)))}]"));
        return new DiffFailure(category, $"{Hierarchy.Spec.Origin}, generic caller {Form.Display}{nl}"
            + at
            + $"  {what}{nl}"
            + $"  instantiations: {string.Join("; ", Calls.Select((c, i) => $"{c.Instantiation.Display} over {string.Join(", ", c.Instantiation.Candidate.Receivers.Select(TypeNames.Of))}: {Sequences[i].Description}"))}{nl}"
            + $"  ticks every {TickEvery} calls of the run; sites:{nl}{sites}{nl}"
            + $"  options: {Options}{nl}"
            + $"hierarchy:{nl}{Hierarchy.Spec.Describe()}");
    }
}
