using System.Reflection;
using Optpoline.Dispatch;
using Optpoline.Patching;

namespace Optpoline.Tests.Differential;

/// <summary>A <see cref="SiteDriver"/> for methods taking no argument (<see cref="object.ToString"/>).</summary>
internal sealed class NoArgDriver<TReceiver, TResult> : SiteDriver
    where TReceiver : class
{
    private readonly Func<TReceiver, TResult> _plain;
    private readonly CallSite<Func<TReceiver, TResult>> _site;
    private readonly Func<int, TReceiver, TResult>? _direct;

    public NoArgDriver(MethodInfo method, Patcher patcher, SiteOptions options, IReadOnlyList<ResolvedTarget> direct)
    {
        _plain = ReferenceCalls.Virtual<Func<TReceiver, TResult>>(method);
        _site = new CallSite<Func<TReceiver, TResult>>(method, "differential", options, patcher);
        _direct = direct.Count == 0 ? null : ReferenceCalls.Direct<Func<int, TReceiver, TResult>>(direct);
    }

    public override CallSite Site => _site;

    public override Delegate? Target => _site.Target;

    public override object? CallPlain(object? receiver, int a, string? s) => _plain((TReceiver)receiver!);

    public override object? CallSite(object? receiver, int a, string? s, bool shim)
    {
        if (!shim)
        {
            return _site.Invoke((TReceiver)receiver!);
        }

        var target = _site.Target;
        return target is null ? _plain((TReceiver)receiver!) : target((TReceiver)receiver!);
    }

    public override object? CallDirect(int target, object? receiver, int a, string? s) => _direct!(target, (TReceiver)receiver!);
}
