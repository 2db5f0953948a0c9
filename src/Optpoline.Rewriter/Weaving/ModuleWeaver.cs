using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;
using Optpoline.Rewriter.Baking;

namespace Optpoline.Rewriter.Weaving;

/// <summary>Walks every method body of a module and routes each rewritable <c>callvirt</c> through a shim.</summary>
internal sealed class ModuleWeaver
{
    private readonly ModuleDefinition _module;
    private readonly TypeFilter _filter;
    private readonly SiteClassifier _classifier = new();
    private readonly SiteWeaver _sites;
    private readonly Dictionary<SkipReason, int> _skipped = [];
    private readonly Dictionary<SkipReason, int> _skippedInGenericCode = [];

    public ModuleWeaver(ModuleDefinition module, ModuleDefinition runtime, TypeFilter filter, WeaveOptions options)
    {
        _module = module;
        _filter = filter;
        Baker = options.Profile is null ? null : new SiteBaker(module, options.Profile, options.Scope != WeaveScope.All, options.Explore);
        Scope = options.Scope;
        Runtime = new RuntimeImports(module, runtime);
        _sites = new SiteWeaver(module, Runtime, new DelegateTypes(module));
    }

    public RuntimeImports Runtime { get; }

    /// <summary>The build's MVID, as a profile records it.</summary>
    public Guid ModuleVersionId => ProfileResolver.OriginalMvid(_module);

    /// <summary>Bakes guards from the profile; null without one.</summary>
    public SiteBaker? Baker { get; }

    /// <summary>Which calls are woven; for <see cref="WeaveScope.Learning"/>, what it comes to in this module.</summary>
    public WeaveScope Scope { get; }

    /// <summary>How this module was woven, in a few words: from its profile, generic virtual calls only, or every call.</summary>
    public string Mode => (Scope, Baker?.Covered ?? false) switch
    {
        (WeaveScope.All, true) => "every call, guards from the profile",
        (WeaveScope.All, false) => "every call",
        (_, true) => "from the profile",
        (WeaveScope.Learning, false) => "every call, to learn",
        _ => "generic virtual calls (no profile)",
    };

    public int Found { get; private set; }

    public int Rewritten => _sites.Count;

    public int RewrittenDelegates => _sites.Delegates;

    public int RewrittenConstrained => _sites.Constrained;

    public IReadOnlyDictionary<SkipReason, int> Skipped => _skipped;

    /// <summary>Of <see cref="Rewritten"/>, sites in generic code (named through the caller's type parameters).</summary>
    public int RewrittenInGenericCode => _sites.InGenericCode;

    /// <summary>Of <see cref="Skipped"/>, sites in generic code, by reason.</summary>
    public IReadOnlyDictionary<SkipReason, int> SkippedInGenericCode => _skippedInGenericCode;

    public void WeaveAll()
    {
        var assemblyName = _module.Assembly.Name.Name;

        // Snapshot first: weaving adds shims and holders, which must not be walked themselves.
        var methods = _module.GetTypes().SelectMany(t => t.Methods).Where(m => m.HasBody).ToList();
        foreach (var method in methods)
        {
            var calls = method.Body.Instructions.Where(i => i.OpCode.Code == Code.Callvirt).ToList();
            if (calls.Count == 0)
            {
                continue;
            }

            Found += calls.Count;
            var type = method.DeclaringType;
            if (!_filter.ShouldWeave(assemblyName, type))
            {
                Skip(SkipReason.Excluded, calls.Count);
                continue;
            }

            if (type.Name == "<Module>" && type.DeclaringType is null)
            {
                // Global functions: a holder cannot be nested in <Module>.
                Skip(SkipReason.UnsupportedSignature, calls.Count);
                continue;
            }

            WeaveMethod(method, calls);
        }
    }

    private void WeaveMethod(MethodDefinition method, List<Instruction> calls)
    {
        var generics = new CallerGenerics(method);
        var verdicts = calls.Select(c => (Call: c, Verdict: _classifier.Classify(c, generics))).ToList();
        if (!verdicts.Any(v => v.Verdict.ShouldRewrite))
        {
            foreach (var (_, verdict) in verdicts)
            {
                Skip(verdict.Reason, 1, verdict.InGenericCode);
            }

            return;
        }

        method.Body.SimplifyMacros();
        var locals = new SiteLocals(method.Body);
        foreach (var (call, verdict) in verdicts)
        {
            if (!verdict.ShouldRewrite)
            {
                Skip(verdict.Reason, 1, verdict.InGenericCode);
                continue;
            }

            // In place: branches, exception handler boundaries and sequence points that point at this
            // instruction keep pointing at it; a tail. prefix before it stays a prefix of a call.
            var plan = Plan(method, call, verdict);
            if (plan.Leave is { } reason)
            {
                Skip(reason, 1, verdict.InGenericCode);
                continue;
            }

            if (SiteWeaver.CanWeaveInline(verdict, plan.Guards) && call.Next is not null)
            {
                _sites.WeaveInline(method, call, verdict, locals);
                continue;
            }

            var shim = _sites.Weave(method, call, verdict, plan.Guards);
            call.OpCode = OpCodes.Call;
            call.Operand = shim;
            if (verdict.Constraint is { } constraint)
            {
                // The shim makes the constrained call itself; a prefix before a call is invalid.
                constraint.OpCode = OpCodes.Nop;
                constraint.Operand = null;
            }
        }

        method.Body.OptimizeMacros();
    }

    /// <summary>
    /// What to do with one rewritable call: the profile's plan where there is one; without a profile
    /// of this build, <see cref="WeaveScope.Profitable"/> weaves generic virtual calls alone, which the
    /// JIT never devirtualizes, and leaves every other call as compiled.
    /// </summary>
    private BakePlan Plan(MethodDefinition method, Instruction call, SiteClassification verdict)
    {
        var callee = (MethodReference)call.Operand;
        var genericVirtual = callee.IsGenericInstance;
        var plan = Baker?.Plan(method, call.Offset, verdict.Kind, callee, verdict.InGenericCode) ?? BakePlan.None;
        return Scope == WeaveScope.Profitable && Baker is not { Covered: true } && !genericVirtual
            ? BakePlan.LeaveToJit(SkipReason.NotProfiled)
            : plan;
    }

    private void Skip(SkipReason reason, int count, bool inGenericCode = false)
    {
        _skipped[reason] = _skipped.GetValueOrDefault(reason) + count;
        if (inGenericCode)
        {
            _skippedInGenericCode[reason] = _skippedInGenericCode.GetValueOrDefault(reason) + count;
        }
    }
}
