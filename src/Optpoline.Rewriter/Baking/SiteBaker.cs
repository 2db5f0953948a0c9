using Mono.Cecil;
using Optpoline.Dispatch;
using Optpoline.Reporting;
using Optpoline.Rewriter.Weaving;

namespace Optpoline.Rewriter.Baking;

/// <summary>
/// Decides, for each rewritten site of one module, which guards to bake from the profile, and counts
/// what it baked and what it turned down.
/// </summary>
/// <remarks>
/// A guard is only ever made from what the runtime itself observed and resolved at this very call,
/// in this very build: the site is found by (assembly, caller, IL offset) and must come from a module
/// with the MVID recorded; each receiver type and its target method must come from the builds
/// recorded too (a method found by name and signature in another build may be another override).
/// The rewriter never works
/// out virtual dispatch itself, so it cannot get an override, a <c>new</c> slot, an explicit
/// implementation or a covariant return wrong.
/// </remarks>
/// <param name="module">The module being woven.</param>
/// <param name="profile">The recorded profile.</param>
/// <param name="onlyProfitable">Leave every call the profile shows no gain for as compiled (<see cref="WeaveScope.Profitable"/>).</param>
/// <param name="explore">Sites to weave adaptively all the same, where the profile would leave them as compiled.</param>
internal sealed class SiteBaker(ModuleDefinition module, BakeProfile profile, bool onlyProfitable, IReadOnlySet<(string Assembly, string Caller, int ILOffset)> explore)
{
    private readonly ProfileResolver _resolver = new(module);
    private readonly Guid _mvid = ProfileResolver.OriginalMvid(module);
    private readonly Dictionary<BakeRejection, int> _rejected = [];
    private readonly AccessGrant _access = new(module);

    /// <summary>Whether the profile has sites recorded on this very build of the module.</summary>
    public bool Covered { get; } = profile.Covers(module.Assembly.Name.Name, ProfileResolver.OriginalMvid(module));

    public int Sites { get; private set; }

    /// <summary>Sites woven adaptively to be explored, where the profile would have left them as compiled.</summary>
    public int Explored { get; private set; }

    public int Guards { get; private set; }

    /// <summary>Of <see cref="Sites"/>, generic virtual calls in generic code (guards right for every instantiation).</summary>
    public int SitesInGenericCode { get; private set; }

    public IReadOnlyDictionary<BakeRejection, int> Rejected => _rejected;

    /// <summary>
    /// The plan for the call at <paramref name="ilOffset"/> of <paramref name="caller"/>: its guards,
    /// most frequent first (none when the profile has nothing stable to bake), or, for a stable,
    /// (nearly) monomorphic site of any kind but generic virtual (delegate and <c>constrained.</c>
    /// sites included) when <see cref="BakeSettings.LeaveMonomorphicToJit"/> asks for it, to be left
    /// to the JIT's own guess; when only profitable calls are woven, also any call the profile shows
    /// no gain for. A call so left that is to be explored is woven adaptively instead, without guards.
    /// </summary>
    public BakePlan Plan(MethodDefinition caller, int ilOffset, SiteKind kind, MethodReference callee, bool inGenericCode)
    {
        var isGenericVirtual = callee.IsGenericInstance;
        var plan = inGenericCode ? GenericCodePlan(caller, ilOffset, kind, callee) : SitePlan(caller, ilOffset, kind, isGenericVirtual);
        if (plan.Leave is SkipReason.Unprofitable or SkipReason.Monomorphic && explore.Contains((module.Assembly.Name.Name, caller.FullName, ilOffset)))
        {
            Explored++;
            return BakePlan.None;
        }

        return plan;
    }

    private BakePlan SitePlan(MethodDefinition caller, int ilOffset, SiteKind kind, bool isGenericVirtual)
    {
        var site = profile.Find(module.Assembly.Name.Name, caller.FullName, ilOffset);
        var plan = site is null ? BakePlan.None : BakedPlan(site, kind, onlyProfitable);
        if (onlyProfitable && Covered && !isGenericVirtual && plan.Leave is null && plan.Guards.Count == 0)
        {
            if (site is null || (site.Patches == 0 && site.State != SiteState.Promoted))
            {
                // Left as compiled: why it was not baked no longer matters.
                return BakePlan.LeaveToJit(SkipReason.Unprofitable);
            }
        }

        if (plan.Rejection is { } rejection)
        {
            _rejected[rejection] = _rejected.GetValueOrDefault(rejection) + 1;
        }

        return plan;
    }

    /// <summary>
    /// A site in generic code has one profiled site per instantiation the recording run made, all
    /// under the one origin. A guard there is compiled into code every instantiation runs, including
    /// ones the profile never saw, so it is baked only where it is right for all of them: at a
    /// generic virtual call whose declaring type does not depend on the caller's type parameters
    /// (<c>resolver.GetFormatter&lt;T&gt;()</c> on a non-generic resolver type). There, an exact
    /// receiver type reaches one override whatever the method's type arguments, so the guard calls
    /// that override instantiated with the call's own type arguments (<c>!!T</c> as the caller names
    /// it), and its parameters are the call's in every instantiation. The instantiations' samples are
    /// pooled, weighted by their sampled calls. Every other call in generic code gets no guard
    /// (counted as <see cref="BakeRejection.GenericCode"/>): its receiver and target types may depend
    /// on the instantiation, and a guard for one would be ill-typed code in another. The adaptive
    /// site stays, per instantiation. When only profitable calls are woven, the site is woven when
    /// any instantiation's adaptive site published a dispatcher (a generic virtual call always is);
    /// it is never left to the JIT as monomorphic on one instantiation's evidence.
    /// </summary>
    private BakePlan GenericCodePlan(MethodDefinition caller, int ilOffset, SiteKind kind, MethodReference callee)
    {
        var sites = profile.FindAll(module.Assembly.Name.Name, caller.FullName, ilOffset);
        var isGenericVirtual = callee is GenericInstanceMethod;
        if (sites.Count > 0 && sites.All(s => s.Origin!.ModuleVersionId == _mvid))
        {
            if (callee is GenericInstanceMethod call && !callee.DeclaringType.ContainsGenericParameter && kind == SiteKind.Virtual
                && Pooled(sites) is { } pooled && BakedPlan(pooled, kind, onlyProfitable, call) is { Guards.Count: > 0 } baked)
            {
                SitesInGenericCode++;
                return baked;
            }

            _rejected[BakeRejection.GenericCode] = _rejected.GetValueOrDefault(BakeRejection.GenericCode) + 1;
        }
        else if (sites.Count > 0)
        {
            _rejected[BakeRejection.OtherBuild] = _rejected.GetValueOrDefault(BakeRejection.OtherBuild) + 1;
        }

        var profitable = isGenericVirtual || sites.Any(s => s.Patches > 0 || s.State == SiteState.Promoted);
        return onlyProfitable && Covered && !profitable
            ? BakePlan.LeaveToJit(SkipReason.Unprofitable)
            : BakePlan.None;
    }

    /// <summary>
    /// The instantiations' profiles as one: calls summed, each receiver type's share weighted by its
    /// instantiation's sampled calls (its target taken from one of them: for an exact receiver type,
    /// every instantiation reaches the same override), megamorphic if any was, patched when the latest was.
    /// </summary>
    private static SiteSnapshot? Pooled(IReadOnlyList<SiteSnapshot> sites)
    {
        var total = sites.Sum(s => s.SampledCalls);
        if (total == 0)
        {
            return null;
        }

        var samples = sites
            .SelectMany(s => s.Samples.Select(t => (Sample: t, Weight: t.Share * s.SampledCalls)))
            .GroupBy(x => x.Sample.Type, StringComparer.Ordinal)
            .Select(g => (g.Select(x => x.Sample).FirstOrDefault(t => t.Target is not null) ?? g.First().Sample) with { Share = g.Sum(x => x.Weight) / total })
            .OrderByDescending(t => t.Share)
            .ToList();
        return sites[0] with
        {
            SampledCalls = total,
            Samples = samples,
            State = sites.Any(s => s.State == SiteState.Megamorphic) ? SiteState.Megamorphic : sites[0].State,
            LastPatchAt = sites.Max(s => s.LastPatchAt),
        };
    }

    /// <summary>The guards a site's (or a pooled site's) profile gives, or why it gives none.</summary>
    /// <param name="site">The profiled site.</param>
    /// <param name="kind">What the classifier made of the call.</param>
    /// <param name="onlyProfitable">Whether (nearly) monomorphic sites are left to the JIT when no setting says otherwise.</param>
    /// <param name="inGenericCode">For a generic virtual call in generic code: the call, whose own type arguments each guard's target takes.</param>
    private BakePlan BakedPlan(SiteSnapshot site, SiteKind kind, bool onlyProfitable, GenericInstanceMethod? inGenericCode = null)
    {
        if (site.Origin!.ModuleVersionId != _mvid)
        {
            return Reject(BakeRejection.OtherBuild);
        }

        // Any kind of site the JIT guesses for (all but generic virtual calls, which it never
        // devirtualizes) can be left to it: a delegate or constrained. site as well as a virtual one.
        var settings = profile.Settings;
        var candidates = StableTypes(site, settings, profile.Report.TakenAt);
        var monomorphic = settings.LeaveMonomorphicToJit ?? (onlyProfitable ? BakeSettings.MonomorphicShare : null);
        if (candidates is not null && monomorphic is { } share && site.Kind != CallKind.GenericVirtual && candidates[0].Share >= share)
        {
            return BakePlan.LeaveToJit(SkipReason.Monomorphic);
        }

        if (kind != SiteKind.Virtual || site.Kind == CallKind.Delegate)
        {
            return Reject(BakeRejection.UnsupportedKind);
        }

        if (candidates is null)
        {
            return Reject(BakeRejection.Unstable);
        }

        var guards = new List<BakedGuard>();
        BakeRejection? firstRefusal = null;
        foreach (var sample in candidates)
        {
            if (Guard(sample, site.Kind, settings, out var refusal) is { } guard && (inGenericCode is null ? guard : ForEveryInstantiation(guard, inGenericCode)) is { } made)
            {
                guards.Add(made);
            }
            else
            {
                firstRefusal ??= refusal;
            }
        }

        if (guards.Count == 0 || guards.Sum(g => g.Share) < settings.MinCoverage)
        {
            // What resolves covers too little: every miss would pay for the guards.
            return Reject(firstRefusal ?? BakeRejection.Unstable);
        }

        Sites++;
        Guards += guards.Count;
        guards.ForEach(_access.For);
        return new BakePlan(null, guards);
    }

    /// <summary>The types to bake if the site's profile is stable (see <see cref="BakeSettings"/>), else null.</summary>
    private static List<TypeShare>? StableTypes(SiteSnapshot site, BakeSettings settings, DateTimeOffset takenAt)
    {
        var quiet = site.LastPatchAt is not { } patched || takenAt - patched >= settings.QuietPeriod;
        if (site.State == SiteState.Megamorphic || site.SampledCalls < settings.MinSampledCalls || !quiet)
        {
            return null;
        }

        var top = site.Samples.OrderByDescending(s => s.Share).Where(s => s.Share >= settings.MinTypeShare).Take(settings.MaxTypes).ToList();
        return top.Count > 0 && top.Sum(s => s.Share) >= settings.MinCoverage ? top : null;
    }

    /// <summary>
    /// The guard with its target, the override the recorded instantiation reached, instantiated with
    /// the call's own method type arguments instead (as the caller names them: <c>!!0</c>, <c>!0</c>,
    /// or a type), so that the one guard is right in every instantiation of the generic code.
    /// </summary>
    private static BakedGuard? ForEveryInstantiation(BakedGuard guard, GenericInstanceMethod call)
    {
        if (guard.Target is not GenericInstanceMethod recorded || recorded.GenericArguments.Count != call.GenericArguments.Count)
        {
            return null;
        }

        var target = new GenericInstanceMethod(recorded.ElementMethod);
        foreach (var argument in call.GenericArguments)
        {
            target.GenericArguments.Add(argument);
        }

        return guard with { Target = target };
    }

    private BakedGuard? Guard(TypeShare sample, CallKind kind, BakeSettings settings, out BakeRejection refusal)
    {
        refusal = BakeRejection.TypeNotFound;
        if (sample.Id is not { } id || sample.Target is not { } targetId
            || _resolver.Definition(id) is not { } receiverDefinition || _resolver.Type(id) is not { } receiver
            || _resolver.Method(targetId, out var targetDefinition) is not { } target)
        {
            return null;
        }

        refusal = BakeRejection.NotCallable;
        if (!Loadable(id.Assembly) || !Loadable(targetId.DeclaringType.Assembly))
        {
            return null;
        }

        if (receiverDefinition.IsInterface || receiverDefinition.IsAbstract || targetDefinition!.IsAbstract || targetDefinition.IsStatic
            || targetDefinition.DeclaringType.IsInterface)
        {
            // Default interface methods are left to the adaptive site: a non-virtual call to one is not something C# emits.
            return null;
        }

        if (kind == CallKind.Virtual && !IsLikelyInlined(targetDefinition, settings.MaxInlinedTargetSize))
        {
            refusal = BakeRejection.NotInlinable;
            return null;
        }

        return new BakedGuard(receiver, target, Unbox: receiverDefinition.IsValueType && targetDefinition.DeclaringType.IsValueType, sample.Share);
    }

    /// <summary>The runtime's estimate by size (<see cref="InlineEstimate.FitsBySize"/>), from the Cecil definition.</summary>
    private static bool IsLikelyInlined(MethodDefinition method, int maxILSize) =>
        InlineEstimate.FitsBySize((System.Reflection.MethodImplAttributes)method.ImplAttributes, method.HasBody ? method.Body.CodeSize : -1, maxILSize);

    /// <summary>
    /// Whether code in this module can name a type of <paramref name="assembly"/> without risk: the JIT
    /// loads a guard's type when it compiles the caller, so a type from an assembly the app only loads
    /// on its own (a plug-in in a load context of its own, say) could break a caller that used to work.
    /// The module itself, its direct references and the shared framework are always loadable.
    /// </summary>
    private bool Loadable(string assembly) =>
        assembly == module.Assembly.Name.Name
        || module.AssemblyReferences.Any(r => r.Name == assembly)
        || Loading.FrameworkAssemblies.PathOf(assembly) is not null;

    private static BakePlan Reject(BakeRejection reason) => BakePlan.None with { Rejection = reason };
}
