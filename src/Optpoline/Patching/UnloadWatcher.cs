using System.Runtime.CompilerServices;
using System.Runtime.Loader;
using Optpoline.Dispatch;
using Optpoline.Learning;

namespace Optpoline.Patching;

/// <summary>
/// Collectible <see cref="AssemblyLoadContext"/>s: a site must not keep one alive. Sites hold
/// receiver types in their samples and slots, and dispatchers reference them in code; when a context
/// starts unloading, every site forgets that context's types and drops a dispatcher that used them,
/// synchronously, so the context is collectible as soon as its own objects are.
/// Sites created by code of the context itself are held weakly by the patcher and die with it.
/// </summary>
internal sealed class UnloadWatcher(Lock gate, SiteTable sites)
{
    // Weak on both sides: remembering that we watch a context must not keep it alive.
    private readonly ConditionalWeakTable<AssemblyLoadContext, object> _watched = [];

    /// <summary>Watches the contexts of every type a key or its resolved target holds on to. Caller holds the patcher's lock.</summary>
    public void Watch(object key, ResolvedTarget? target)
    {
        foreach (var type in SampleKeys.Types(key))
        {
            Watch(type);
        }

        if (target?.Implementation.DeclaringType is { } declaring)
        {
            Watch(declaring);
        }
    }

    /// <summary>
    /// A delegate key holds its method, and so its load context, from the moment it is interned,
    /// resolved or not: watch them all, so that unloading a plugin makes the site forget its keys.
    /// </summary>
    public void WatchDelegateKeys(CallSite site)
    {
        foreach (var key in site.DelegateKeys?.Keys ?? [])
        {
            Watch(key, target: null);
        }
    }

    private void Watch(Type type)
    {
        if (!type.IsCollectible)
        {
            return;
        }

        foreach (var context in ContextsOf(type))
        {
            if (context.IsCollectible && !_watched.TryGetValue(context, out _))
            {
                _watched.Add(context, new object());
                context.Unloading += OnUnloading;
            }
        }
    }

    private void OnUnloading(AssemblyLoadContext context)
    {
        lock (gate)
        {
            foreach (var site in sites.Live())
            {
                Forget(site, sites.LearningOf(site), type => ContextsOf(type).Contains(context));
            }
        }
    }

    private static void Forget(CallSite site, SiteLearning learning, Func<Type, bool> doomedType)
    {
        bool Doomed(object key) => SampleKeys.Types(key).Any(doomedType);
        site.Samples.Purge(Doomed);
        site.Specimens?.Release(doomedType);
        site.DelegateKeys?.Purge(Doomed);
        learning.Baseline.RemoveWhere(Doomed);
        learning.LastShares = learning.LastShares.Where(s => !Doomed(s.Key)).ToList();
        learning.Targets.Forget(Doomed);

        if (learning.Slots.Exists(s => Doomed(s.Key) || doomedType(s.Receiver) || doomedType(s.Target.Implementation.DeclaringType!)))
        {
            site.PublishPlain();
            learning.Slots = [];
            learning.Capacity = 0;
            learning.State = SiteState.Learning;
            learning.Reason = "slots dropped: their types' load context is unloading";
            site.Enqueue();
        }
    }

    private static HashSet<AssemblyLoadContext> ContextsOf(Type type)
    {
        var contexts = new HashSet<AssemblyLoadContext>();
        Collect(type, contexts);
        return contexts;

        static void Collect(Type type, HashSet<AssemblyLoadContext> contexts)
        {
            if (type.HasElementType)
            {
                Collect(type.GetElementType()!, contexts);
                return;
            }

            if (AssemblyLoadContext.GetLoadContext(type.Assembly) is { } context)
            {
                contexts.Add(context);
            }

            if (type.IsConstructedGenericType)
            {
                foreach (var argument in type.GenericTypeArguments)
                {
                    Collect(argument, contexts);
                }
            }
        }
    }
}
