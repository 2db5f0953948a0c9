using System.Reflection;

namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>One loaded instantiation of a generated caller: its two methods bound to it, and its holder.</summary>
internal sealed class EmittedCall(GenericCallInstantiation instantiation, MethodInfo caller, Func<object?, int, string?, object?> plain, Type holder)
{
    private readonly FieldInfo _site = holder.GetField("Site", BindingFlags.Public | BindingFlags.Static)!;
    private readonly FieldInfo _target = holder.GetField("Target", BindingFlags.Public | BindingFlags.Static)!;

    public GenericCallInstantiation Instantiation { get; } = instantiation;

    /// <summary>The woven form of the call: <c>var d = Holder&lt;...&gt;.Target; return d is null ? r.M(...) : d(r, ...);</c>.</summary>
    public Func<object?, int, string?, object?> Call { get; } = caller.CreateDelegate<Func<object?, int, string?, object?>>();

    /// <summary>The exact caller method (<c>Caller&lt;string&gt;.Call&lt;int&gt;</c>): what the holder's caller handle must name.</summary>
    public MethodInfo Caller { get; } = caller;

    /// <summary>The call as written: <c>r.M(...)</c> in the same generic context.</summary>
    public Func<object?, int, string?, object?> Plain { get; } = plain;

    /// <summary>The holder's site; reading it runs the holder's static constructor, which makes it.</summary>
    public CallSite Site() => (CallSite)_site.GetValue(null)!;

    /// <summary>What the caller reads: the holder's own field, which the site stores every publication into.</summary>
    public Delegate? HolderTarget() => (Delegate?)_target.GetValue(null);
}
