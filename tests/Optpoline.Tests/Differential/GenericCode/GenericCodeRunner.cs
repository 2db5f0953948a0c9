using System.Reflection;
using Optpoline.Dispatch;

namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>
/// Runs one hierarchy's calls in generic code: emits the hierarchy and a generic caller (with its
/// holder, as the rewriter weaves them) for every callee with a type argument, then, caller by caller,
/// checks that each instantiation's holder made a site for that instantiation's exact callee and
/// caller, and that the woven caller, with its instantiations' calls interleaved while one patcher
/// learns, promotes and re-patches their sites, behaves call for call as the plain caller: same results,
/// exceptions, log and final receiver state.
/// </summary>
internal sealed class GenericCodeRunner(GenericCodeStatistics statistics)
{
    public List<DiffFailure> Run(HierarchySpec spec)
    {
        statistics.Common.Hierarchies++;
        statistics.CountCensus(DiffCensus.Of(spec));
        EmittedHierarchy hierarchy;
        List<List<EmittedCall>> calls;
        try
        {
            hierarchy = HierarchyEmitter.Emit(spec);
        }
        catch (Exception e)
        {
            return [new DiffFailure("the generated hierarchy did not load (a generator bug)", $"{spec.Origin}: {e}{Environment.NewLine}{spec.Describe()}")];
        }

        var forms = GenericCallFinder.Find(hierarchy, new Random(unchecked(spec.Seed ^ 0x6E3A1F0B)));
        try
        {
            calls = CallerEmitter.Emit(hierarchy, forms);
        }
        catch (Exception e)
        {
            var nl = Environment.NewLine;
            return [new DiffFailure("the generated callers did not load (a test bug)", $"{spec.Origin}: {e}{nl}{string.Join(nl, forms.Select(f => f.Display))}{nl}{spec.Describe()}")];
        }

        var failures = new List<DiffFailure>();
        for (var index = 0; index < forms.Count; index++)
        {
            // Each caller has its own random stream, and every caller runs even after a failure.
            var rng = new Random(unchecked(spec.Seed ^ ((index + 1) * 0x2545F491)));
            if (RunCaller(hierarchy, forms[index], calls[index], rng) is { } failure)
            {
                failures.Add(failure);
            }
        }

        return failures;
    }

    private DiffFailure? RunCaller(EmittedHierarchy hierarchy, GenericCallForm form, List<EmittedCall> calls, Random rng)
    {
        Count(form);
        var options = EagerOptions.Patcher(rng);
        var patcher = new TestPatcher(options);
        var sequences = calls.Select(c => CallSequenceGenerator.Generate(rng, c.Instantiation.Candidate.Receivers)).ToList();
        var run = new CallerRun(hierarchy, form, calls, options, sequences, CallerRun.Interleave(rng, [.. sequences.Select(s => s.Length)]))
        {
            // As often per site as the single-site run ticks: each of the n instantiations makes about 1/n of the calls.
            TickEvery = rng.Next(4, 13) * calls.Count,
        };

        // Woven sites profile their plain call in the caller; some sites here do not, so both promotion rules run.
        var scope = new GeneratedSiteScope(patcher.Patcher, () => EagerOptions.Site(rng) with { PlainCallIsProfiled = rng.NextDouble() < 0.5 });
        using (GeneratedSites.Begin(scope))
        {
            try
            {
                run.Sites = [.. calls.Select(c => c.Site())];
            }
            catch (Exception e)
            {
                return run.Fail("a holder's static constructor threw", -1, $"initialising the holders threw {e}");
            }

            return CheckSites(run, scope) ?? CheckCalls(run, patcher);
        }
    }

    /// <summary>Each instantiation's holder made one site, for that instantiation's exact callee, from its exact caller.</summary>
    private DiffFailure? CheckSites(CallerRun run, GeneratedSiteScope scope)
    {
        if (scope.Created.Count != run.Calls.Count)
        {
            return run.Fail("the holders made another number of sites than there are instantiations", -1, $"{scope.Created.Count} sites for {run.Calls.Count} instantiations");
        }

        for (var i = 0; i < run.Calls.Count; i++)
        {
            var call = run.Calls[i];
            var made = scope.Created.Find(c => ReferenceEquals(c.Site, run.Sites[i]));
            if (made is null || run.Sites.Count(s => ReferenceEquals(s, run.Sites[i])) != 1)
            {
                return run.Fail("two instantiations share a holder's site", i, "the instantiation's holder has a site that is not its own");
            }

            if (!Same(made.Callee, call.Instantiation.Candidate.Method))
            {
                return run.Fail("a holder's site is for another callee than its instantiation calls", i, $"the site's callee is {Display(made.Callee)}");
            }

            if (made.Caller is not MethodInfo caller || !Same(caller, call.Caller))
            {
                return run.Fail("a holder's caller handle names another instantiation", i, $"the caller handle resolved to {Display(made.Caller)}, not {Display(call.Caller)}");
            }

            statistics.Common.Sites++;
            if (call.Instantiation.Candidate.Receivers.Any(r => ThroughVariance(call, r)))
            {
                statistics.VariantSites++;
            }

            if (call.Instantiation.Candidate.Receivers.Any(r => ImplementsTwice(call, r)))
            {
                statistics.TwiceImplementedSites++;
            }

            if (call.Instantiation.IsShared)
            {
                statistics.SharedSites++;
            }
            else
            {
                statistics.UnsharedSites++;
            }
        }

        return null;
    }

    private DiffFailure? CheckCalls(CallerRun run, TestPatcher patcher)
    {
        var log = run.Hierarchy.Log;
        var positions = new int[run.Schedule.Length];
        var next = new int[run.Calls.Count];
        for (var k = 0; k < run.Schedule.Length; k++)
        {
            positions[k] = next[run.Schedule[k]]++;
        }

        // The plain caller defines what every call must do.
        var plainReceivers = run.Calls.Select(c => DifferentialRunner.NewReceivers(c.Instantiation.Candidate.Receivers)).ToArray();
        log.Clear();
        var expected = new Outcome[run.Schedule.Length];
        for (var k = 0; k < run.Schedule.Length; k++)
        {
            var (i, p) = (run.Schedule[k], positions[k]);
            var (receiver, a, s) = Arguments(run, plainReceivers, i, p);
            expected[k] = Outcome.Of(() => run.Calls[i].Plain(receiver, a, s), log);
        }

        var expectedState = string.Join(" / ", plainReceivers.Select(DifferentialRunner.Dump));

        // The same calls on fresh receivers through the woven caller, while the patcher learns and patches.
        var receivers = run.Calls.Select(c => DifferentialRunner.NewReceivers(c.Instantiation.Candidate.Receivers)).ToArray();
        var targets = run.Sites.Select(s => s.GetType().GetProperty(nameof(CallSite<Action>.Target))!).ToArray();
        var promoted = new int[run.Calls.Count];
        log.Clear();
        for (var k = 0; k < run.Schedule.Length; k++)
        {
            if (k % run.TickEvery == 0)
            {
                try
                {
                    patcher.Tick();
                }
                catch (Exception e)
                {
                    return run.Fail($"a patcher tick threw {e.GetType().Name}", -1, $"the patcher's tick before call #{k} threw {e}");
                }
            }

            var (i, p) = (run.Schedule[k], positions[k]);
            var (receiver, a, s) = Arguments(run, receivers, i, p);
            var call = run.Calls[i];
            var holderTarget = call.HolderTarget();
            if (!ReferenceEquals(holderTarget, targets[i].GetValue(run.Sites[i])))
            {
                return run.Fail("the holder's Target is not what its site published", i, $"before call #{k}: the holder's Target differs from the site's");
            }

            var slot = PromotedSlot(run.Sites[i], holderTarget, receiver, out var inconsistency);
            if (inconsistency is not null)
            {
                return run.Fail("a promoted site is inconsistent", i, $"before call #{k}: {inconsistency}");
            }

            var actual = Outcome.Of(() => call.Call(receiver, a, s), log);
            statistics.Common.Calls++;
            var variant = receiver is not null && ThroughVariance(call, receiver.GetType());
            statistics.CallsThroughVariance += variant ? 1 : 0;
            if (actual != expected[k])
            {
                var nl = Environment.NewLine;
                return run.Fail(
                    "a call through a site in generic code does not do what the plain call does",
                    i,
                    $"call #{k} of {run.Schedule.Length} (its instantiation's #{p}): receiver {(receiver is null ? "null" : TypeNames.Of(receiver.GetType()))}, a = {a}, s = {s ?? "null"}{nl}"
                    + $"  plain call: {expected[k]}{nl}"
                    + $"  site:       {actual}{nl}"
                    + $"  slot for the receiver: {(slot is null ? "none" : DifferentialRunner.Describe(slot))}");
            }

            if (slot is not null)
            {
                CountPromoted(call, slot, variant);
                promoted[i]++;
            }
        }

        statistics.Common.SitesWithPromotedCalls += promoted.Count(p => p > 0);
        statistics.Common.ResolvedTypes += run.Sites.Sum(site => site.Learning().Slots.Count);
        foreach (var refusal in run.Sites.SelectMany(site => site.Learning().Targets.Refusals.Values))
        {
            statistics.Common.CountRefusal(refusal);
        }

        var actualState = string.Join(" / ", receivers.Select(DifferentialRunner.Dump));
        return actualState == expectedState
            ? null
            : run.Fail("after the calls the receivers' state differs", -1, $"after all calls the receivers' state differs{Environment.NewLine}  plain call: {expectedState}{Environment.NewLine}  site:       {actualState}");
    }

    private static (object? Receiver, int A, string? S) Arguments(CallerRun run, object[][][] receivers, int instantiation, int position)
    {
        var sequence = run.Sequences[instantiation];
        var index = sequence.Receivers[position];
        var receiver = index < 0 ? null : receivers[instantiation][index][sequence.Instances[position]];
        return (receiver, sequence.Ints[position], sequence.Strings[position]);
    }

    /// <summary>The slot the receiver's call goes through, when the site is running a dispatcher that has one.</summary>
    private static ResolvedTarget? PromotedSlot(CallSite site, Delegate? holderTarget, object? receiver, out string? inconsistency)
    {
        inconsistency = null;
        if (site.State != SiteState.Promoted || site.IsArmed)
        {
            return null;
        }

        if (holderTarget is null || site.Learning().Slots.Count == 0)
        {
            inconsistency = $"the site is promoted and not sampling, yet the holder's Target is {(holderTarget is null ? "null" : "set")} and it has {site.Learning().Slots.Count} slots";
            return null;
        }

        return receiver is null ? null : site.Learning().Slots.Find(s => s.Receiver == receiver.GetType())?.Target;
    }

    private void Count(GenericCallForm form)
    {
        statistics.Callers++;
        var callee = form.Parameters.Where(p => p.Role != CallerRole.Unused).ToList();
        statistics.CallersWithTypeParameter += callee.Exists(p => p.OnType) ? 1 : 0;
        statistics.CallersWithMethodParameter += callee.Exists(p => !p.OnType) ? 1 : 0;
        statistics.CallersWithUnusedParameter += form.Parameters.Any(p => p.Role == CallerRole.Unused) ? 1 : 0;
        statistics.CallersSharingCode += form.Instantiations.Count(i => i.IsShared) >= 2 ? 1 : 0;
    }

    private void CountPromoted(EmittedCall call, ResolvedTarget slot, bool variant)
    {
        statistics.Common.CountPromoted(slot);
        if (call.Instantiation.IsShared)
        {
            statistics.PromotedInSharedCode++;
        }
        else
        {
            statistics.PromotedInUnsharedCode++;
        }

        statistics.PromotedThroughVariance += variant ? 1 : 0;
    }

    /// <summary>Whether <paramref name="receiver"/> reaches the callee's interface only through variance (it lists another instantiation).</summary>
    private static bool ThroughVariance(EmittedCall call, Type receiver)
    {
        var declaring = call.Instantiation.Candidate.Method.DeclaringType!;
        return declaring.IsInterface && !receiver.GetInterfaces().Contains(declaring);
    }

    private static bool ImplementsTwice(EmittedCall call, Type receiver)
    {
        var declaring = call.Instantiation.Candidate.Method.DeclaringType!;
        return declaring is { IsInterface: true, IsConstructedGenericType: true }
            && receiver.GetInterfaces().Count(i => i.IsConstructedGenericType && i.GetGenericTypeDefinition() == declaring.GetGenericTypeDefinition()) >= 2;
    }

    private static bool Same(MethodInfo a, MethodInfo b) => a.MethodHandle == b.MethodHandle && a.DeclaringType == b.DeclaringType;

    private static string Display(MethodBase method) =>
        $"{TypeNames.Of(method.DeclaringType)}.{method.Name}{(method.IsGenericMethod ? $"<{string.Join(",", method.GetGenericArguments().Select(TypeNames.Of))}>" : "")}";
}
