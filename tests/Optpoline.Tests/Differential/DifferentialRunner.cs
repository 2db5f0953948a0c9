using Optpoline.Dispatch;

namespace Optpoline.Tests.Differential;

/// <summary>
/// Runs one hierarchy: emits it, finds its call sites, and for each site checks that
/// (1) every target <see cref="TargetResolver"/> resolves, called directly, behaves as the virtual call,
/// and (2) a site driven by a patcher through learning, promotion, phase changes and re-patching
/// behaves call for call as the plain virtual call: same results, same exceptions, same log, and the
/// same receiver state at the end (struct boxes included).
/// </summary>
internal sealed partial class DifferentialRunner(DiffStatistics statistics)
{
    /// <summary>Returns the failures, each a self-contained message; empty when the hierarchy behaved.</summary>
    public List<DiffFailure> Run(HierarchySpec spec)
    {
        statistics.Hierarchies++;
        EmittedHierarchy hierarchy;
        try
        {
            hierarchy = HierarchyEmitter.Emit(spec);
        }
        catch (Exception e)
        {
            return [new DiffFailure("the generated hierarchy did not load (a generator bug)", $"{spec.Origin}: {e}{Environment.NewLine}{spec.Describe()}")];
        }

        var failures = new List<DiffFailure>();
        var sites = SiteFinder.Find(hierarchy);
        for (var index = 0; index < sites.Count; index++)
        {
            // Each site has its own random stream, so a failing site does not change what the next ones do;
            // and every site runs even after a failure, so that one bug does not hide the others.
            var rng = new Random(unchecked(spec.Seed ^ ((index + 1) * 0x3C6EF372)));
            if (RunSite(hierarchy, sites[index], rng) is { } failure)
            {
                failures.Add(failure);
            }
        }

        return failures;
    }

    private DiffFailure? RunSite(EmittedHierarchy hierarchy, SiteCandidate candidate, Random rng)
    {
        statistics.Sites++;
        var run = new SiteRun(hierarchy, candidate, EagerOptions.Patcher(rng), EagerOptions.Site(rng), CallSequenceGenerator.Generate(rng, candidate.Receivers));

        var targets = new List<ResolvedTarget>();
        foreach (var receiver in candidate.Receivers)
        {
            var target = TargetResolver.Resolve(candidate.Method, Activator.CreateInstance(receiver)!, out var refusal);
            if (target is null)
            {
                statistics.CountRefusal(refusal ?? "(no reason given)");
                continue;
            }

            if (target.Receiver != receiver || target.Unbox != (receiver.IsValueType && target.Implementation.DeclaringType == receiver))
            {
                return run.Fail("TargetResolver.Resolve returned an inconsistent target", $"TargetResolver.Resolve({candidate.Display}, {TypeNames.Of(receiver)}) returned {target}");
            }

            targets.Add(target);
        }

        var patcher = new TestPatcher(run.Options);
        try
        {
            run.Driver = SiteDriver.Create(candidate.Method, patcher.Patcher, run.SiteOptions, targets);
        }
        catch (Exception e)
        {
            return run.Fail($"creating the site threw {e.GetType().Name}", $"creating the site threw {e}");
        }

        return CheckResolvedTargets(run, targets, rng) ?? CheckSite(run, patcher);
    }

    /// <summary>Each resolved implementation, called non-virtually on a fresh receiver, must do what the virtual call does.</summary>
    private DiffFailure? CheckResolvedTargets(SiteRun run, List<ResolvedTarget> targets, Random rng)
    {
        var log = run.Hierarchy.Log;
        for (var t = 0; t < targets.Count; t++)
        {
            var target = targets[t];
            var a = rng.Next(0, 30);
            var s = rng.NextDouble() < 0.5 ? "r" : null;
            log.Clear();
            var expected = Outcome.Of(() => run.Driver.CallPlain(Activator.CreateInstance(target.Receiver), a, s), log);
            var index = t;
            var actual = Outcome.Of(() => run.Driver.CallDirect(index, Activator.CreateInstance(target.Receiver), a, s), log);
            if (actual != expected)
            {
                return run.Fail(
                    "a target TargetResolver.Resolve returned, called directly, does not do what the virtual call does",
                    $"TargetResolver.Resolve({run.Candidate.Display}, {TypeNames.Of(target.Receiver)}) returned {Describe(target)}, "
                    + $"but calling it directly with ({a}, {s ?? "null"}) {actual}, while the virtual call {expected}");
            }

            statistics.ResolvedTypes++;
        }

        return null;
    }

    private DiffFailure? CheckSite(SiteRun run, TestPatcher patcher)
    {
        var sequence = run.Sequence;
        var log = run.Hierarchy.Log;

        // The plain run defines what every call must do.
        var plainReceivers = NewReceivers(run.Candidate.Receivers);
        log.Clear();
        var expected = new Outcome[sequence.Length];
        for (var i = 0; i < sequence.Length; i++)
        {
            var receiver = ReceiverAt(plainReceivers, sequence, i);
            var (a, s) = (sequence.Ints[i], sequence.Strings[i]);
            expected[i] = Outcome.Of(() => run.Driver.CallPlain(receiver, a, s), log);
        }

        var expectedState = Dump(plainReceivers);

        // The same calls on fresh receivers, through the site, while the patcher learns and patches.
        var receivers = NewReceivers(run.Candidate.Receivers);
        log.Clear();
        var promoted = 0;
        for (var i = 0; i < sequence.Length; i++)
        {
            if (i % sequence.TickEvery == 0)
            {
                try
                {
                    patcher.Tick();
                }
                catch (Exception e)
                {
                    return run.Fail($"a patcher tick threw {e.GetType().Name}", $"the patcher's tick before call #{i} threw {e}");
                }
            }

            var receiver = ReceiverAt(receivers, sequence, i);
            var slot = PromotedSlot(run, receiver, out var inconsistency);
            if (inconsistency is not null)
            {
                return run.Fail("a promoted site is inconsistent", $"before call #{i}: {inconsistency}");
            }

            var (a, s, shim) = (sequence.Ints[i], sequence.Strings[i], sequence.Shim[i]);
            var actual = Outcome.Of(() => run.Driver.CallSite(receiver, a, s, shim), log);
            statistics.Calls++;
            if (actual != expected[i])
            {
                return run.Fail(
                    "a call through the site does not do what the plain call does",
                    $"call #{i} of {sequence.Length}: receiver {Display(receiver, sequence, i)}, a = {a}, s = {s ?? "null"}, through {(shim ? "the shim form" : "Invoke")}{Environment.NewLine}"
                    + $"  plain call: {expected[i]}{Environment.NewLine}"
                    + $"  site:       {actual}{Environment.NewLine}"
                    + $"  slot for the receiver: {(slot is null ? "none" : Describe(slot))}");
            }

            if (slot is not null)
            {
                statistics.CountPromoted(slot);
                promoted++;
            }
        }

        if (promoted > 0)
        {
            statistics.SitesWithPromotedCalls++;
        }

        var actualState = Dump(receivers);
        return actualState == expectedState
            ? null
            : run.Fail("after the calls the receivers' state differs", $"after all calls the receivers' state differs{Environment.NewLine}  plain call: {expectedState}{Environment.NewLine}  site:       {actualState}");
    }

    /// <summary>The slot the receiver's call goes through, when the site is running a dispatcher that has one.</summary>
    private static ResolvedTarget? PromotedSlot(SiteRun run, object? receiver, out string? inconsistency)
    {
        var site = run.Driver.Site;
        inconsistency = null;
        if (site.State != SiteState.Promoted || site.IsArmed)
        {
            return null;
        }

        if (run.Driver.Target is null || site.Learning().Slots.Count == 0)
        {
            inconsistency = $"the site is promoted and not sampling, yet its Target is {(run.Driver.Target is null ? "null" : "set")} and it has {site.Learning().Slots.Count} slots";
            return null;
        }

        return receiver is null ? null : site.Learning().Slots.Find(s => s.Receiver == receiver.GetType())?.Target;
    }
}
