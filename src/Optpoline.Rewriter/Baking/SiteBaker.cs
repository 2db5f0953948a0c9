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

    public IReadOnlyDictionary<BakeRejection, int> Rejected => _rejected;

    /// <summary>
    /// The plan for the call at <paramref name="ilOffset"/> of <paramref name="caller"/>: its guards,
    /// most frequent first (none when the profile has nothing stable to bake), or, for a stable,
    /// (nearly) monomorphic site of any kind but generic virtual (delegate and <c>constrained.</c>
    /// sites included) when <see cref="BakeSettings.LeaveMonomorphicToJit"/> asks for it, to be left
    /// to the JIT's own guess; when only profitable calls are woven, also any call the profile shows
    /// no gain for. A call so left that is to be explored is woven adaptively instead, without guards.
    /// </summary>
    public BakePlan Plan(MethodDefinition caller, int ilOffset, SiteKind kind, bool isGenericVirtual, bool inGenericCode)
    {
        var plan = inGenericCode ? GenericCodePlan(caller, ilOffset, isGenericVirtual) : SitePlan(caller, ilOffset, kind, isGenericVirtual);
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
    /// under the one origin. No guard is baked there: a guard compiled into the shared generic code
    /// would run in every instantiation, including ones the profile never saw, and its target (and
    /// often its receiver type) depends on the instantiation; a guard valid in all of them would have
    /// to test the type arguments too. The adaptive site stays, per instantiation. When only
    /// profitable calls are woven, the site is woven when any instantiation's
    /// adaptive site published a dispatcher (a generic virtual call always is); neither option leaves
    /// it to the JIT as monomorphic, since one instantiation's profile says nothing of the others.
    /// </summary>
    private BakePlan GenericCodePlan(MethodDefinition caller, int ilOffset, bool isGenericVirtual)
    {
        var sites = profile.FindAll(module.Assembly.Name.Name, caller.FullName, ilOffset);
        if (sites.Count > 0 && sites.All(s => s.Origin!.ModuleVersionId == _mvid))
        {
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

    private BakePlan BakedPlan(SiteSnapshot site, SiteKind kind, bool onlyProfitable)
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
            if (Guard(sample, site.Kind, settings, out var refusal) is { } guard)
            {
                guards.Add(guard);
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
