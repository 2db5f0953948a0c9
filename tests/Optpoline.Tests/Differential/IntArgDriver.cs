using System.Reflection;
using Optpoline.Dispatch;
using Optpoline.Patching;

namespace Optpoline.Tests.Differential;

/// <summary>A <see cref="SiteDriver"/> for methods taking <c>(int a)</c>.</summary>
internal sealed class IntArgDriver<TReceiver, TResult> : SiteDriver
    where TReceiver : class
{
    private readonly Func<TReceiver, int, TResult> _plain;
    private readonly CallSite<Func<TReceiver, int, TResult>> _site;
    private readonly Func<int, TReceiver, int, TResult>? _direct;

    public IntArgDriver(MethodInfo method, Patcher patcher, SiteOptions options, IReadOnlyList<ResolvedTarget> direct)
    {
        _plain = ReferenceCalls.Virtual<Func<TReceiver, int, TResult>>(method);
        _site = new CallSite<Func<TReceiver, int, TResult>>(method, "differential", options, patcher);
        _direct = direct.Count == 0 ? null : ReferenceCalls.Direct<Func<int, TReceiver, int, TResult>>(direct);
    }

    public override CallSite Site => _site;

    public override Delegate? Target => _site.Target;

    public override object? CallPlain(object? receiver, int a, string? s) => _plain((TReceiver)receiver!, a);

    public override object? CallSite(object? receiver, int a, string? s, bool shim)
    {
        if (!shim)
        {
            return _site.Invoke((TReceiver)receiver!, a);
        }

        var target = _site.Target;
        return target is null ? _plain((TReceiver)receiver!, a) : target((TReceiver)receiver!, a);
    }

    public override object? CallDirect(int target, object? receiver, int a, string? s) => _direct!(target, (TReceiver)receiver!, a);
}
