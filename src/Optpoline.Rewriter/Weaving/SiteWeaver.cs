using Mono.Cecil;
using Mono.Cecil.Cil;
using Mono.Cecil.Rocks;
using Optpoline.Rewriter.Baking;

namespace Optpoline.Rewriter.Weaving;

/// <summary>
/// Generates, for one call site, the shim that replaces the call and the holder of its
/// <c>CallSite&lt;TDelegate&gt;</c>, both inside the calling type. The shims' bodies are in
/// <c>SiteWeaver.Shims.cs</c>.
/// </summary>
/// <remarks>
/// <para>
/// Why inside the calling type, and one holder per site rather than one per assembly:
/// </para>
/// <list type="bullet">
/// <item>Access. The shim's plain call, the site's delegate type (which may name a private nested
/// type as an argument of <c>Func&lt;&gt;</c>) and the holder's <c>ldtoken</c>s must be exactly as
/// accessible as in the caller. Members and nested types of the caller are; a holder elsewhere
/// would need access it does not have.</item>
/// <item>Laziness. A holder's static constructor runs on the first call through its site, so only
/// executed sites are created, registered with the patcher and sampled; a single holder would load
/// every callee type of the assembly (and fail whole on one optional dependency that is missing)
/// and hand the patcher thousands of sites that never run.</item>
/// </list>
/// <para>
/// A holder of a generic caller type is itself non-generic: one site serves every instantiation of
/// the caller (only calls that do not depend on the caller's generic parameters are rewritten).
/// The shim is referenced through the caller's own instantiation (<c>Box`1&lt;!T&gt;::Shim</c>).
/// The same holds for a <c>constrained.</c> call in generic code: its shim is generic over the
/// constrained type, but its one site serves every reference-type instantiation, as the one shared
/// body the JIT compiles for them (and profiles) does.
/// </para>
/// </remarks>
internal sealed partial class SiteWeaver(ModuleDefinition module, RuntimeImports runtime, DelegateTypes delegates)
{
    public int Count { get; private set; }

    public int Delegates { get; private set; }

    public int Constrained { get; private set; }

    /// <summary>Sites in generic code (named through the caller's type parameters), each with a generic holder.</summary>
    public int InGenericCode { get; private set; }

    /// <summary>Makes the shim and the holder for the call at <paramref name="call"/>, and returns the shim to call instead.</summary>
    /// <param name="caller">The method that makes the call.</param>
    /// <param name="call">The <c>callvirt</c>, at its original IL offset.</param>
    /// <param name="site">The classifier's verdict.</param>
    /// <param name="guards">Guards baked from a profile, tested inline before the plain call; empty for none.</param>
    public MethodReference Weave(MethodDefinition caller, Instruction call, SiteClassification site, IReadOnlyList<BakedGuard> guards)
    {
        var (number, access) = NewSite(caller, call, site, guards);
        var signature = site.Signature!;
        var shim = new MethodDefinition($"<Optpoline>Shim_{number}", MethodAttributes.Private | MethodAttributes.Static | MethodAttributes.HideBySig, signature.Return)
        {
            // PERF: inlined into the caller, an unpromoted site costs a field load and a null test,
            // and the plain call stays in the caller where dynamic PGO profiles it as before.
            ImplAttributes = MethodImplAttributes.AggressiveInlining,
        };
        shim.CustomAttributes.Add(new CustomAttribute(runtime.StackTraceHiddenConstructor));

        // In generic code the shim names the caller method's type parameters as the caller does (!!0, ...):
        // it declares them first, in the same order (a constrained shim's own T comes after them).
        var methodArguments = site.InGenericCode ? caller.GenericParameters.ToList<TypeReference>() : [];
        if (site.InGenericCode)
        {
            new CallerGenerics(caller).DeclareMethodParametersOn(shim);
        }

        switch (site.Kind)
        {
            case SiteKind.Constrained:
                ConstrainedShim(shim, signature, access);
                break;
            case SiteKind.Delegate:
                ReceiverShim(shim, signature, access, site.IsTail, []);
                break;
            default:
                ReceiverShim(shim, signature, access, site.IsTail, guards);
                break;
        }

        shim.Body.OptimizeMacros();
        caller.DeclaringType.Methods.Add(shim);
        var reference = ReferenceThroughOwnInstantiation(shim);
        if (!shim.HasGenericParameters)
        {
            return reference;
        }

        // call Shim_N<!!0, ..., T>: the caller's own method parameters (in generic code), then the
        // constrained type as the caller names it (!0, !!0 or a class).
        var instance = new GenericInstanceMethod(reference);
        methodArguments.ForEach(instance.GenericArguments.Add);
        if (site.Kind == SiteKind.Constrained)
        {
            instance.GenericArguments.Add((TypeReference)site.Constraint!.Operand);
        }

        return instance;
    }

    /// <summary>
    /// What every woven site starts with, shim or inline: its number, its count by kind, and its holder
    /// (nested in the caller's type), with what the woven code names.
    /// </summary>
    private (int Number, SiteAccess Access) NewSite(MethodDefinition caller, Instruction call, SiteClassification site, IReadOnlyList<BakedGuard> guards)
    {
        var number = Count++;
        if (site.Kind == SiteKind.Delegate)
        {
            Delegates++;
        }
        else if (site.Kind == SiteKind.Constrained)
        {
            Constrained++;
        }

        var callee = (MethodReference)call.Operand;
        if (site.InGenericCode)
        {
            InGenericCode++;
            return (number, GenericHolder(number, new CallerGenerics(caller), callee, site, call.Offset, guards));
        }

        var (delegateType, invoke) = delegates.For(site.Signature!);
        var holder = new HolderShape(number, caller, callee, delegateType, null);
        var target = Holder(holder, site.Kind, call.Offset, guards);
        return (number, new SiteAccess(target, delegateType, invoke, callee));
    }

    /// <summary>
    /// The holder of a site in generic code: generic over all the caller's type parameters (its type's,
    /// then its method's), so that each instantiation of the caller reaches a holder instantiation of
    /// its own, with its own static state: its own <c>CallSite</c> for the exact callee of that
    /// instantiation, made by its own static constructor on first use.
    /// </summary>
    /// <remarks>
    /// PERF: code compiled for one instantiation (a value-type argument) reads <c>Target</c> from a
    /// fixed address, as a non-generic site does. Code shared by reference-type instantiations finds the
    /// holder instantiation through the runtime's generic dictionary (of the caller's class, or the
    /// hidden instantiation argument of a generic method): a dictionary slot load, then the holder's
    /// static base, before the load of <c>Target</c>; see docs/rewriter.md.
    /// </remarks>
    private SiteAccess GenericHolder(int number, CallerGenerics generics, MethodReference callee, SiteClassification site, int ilOffset, IReadOnlyList<BakedGuard> guards)
    {
        var canonical = generics.Canonical(site.Signature!);
        var holderParameters = CallerGenerics.Positional(module, generics.Arity);
        var (holderDelegate, _) = delegates.For(canonical, holderParameters);
        var (callerDelegate, callerInvoke) = delegates.For(canonical, generics.CallerArguments);
        var holder = new HolderShape(number, generics.Caller, generics.Canonical(callee), holderDelegate, generics);
        var target = Holder(holder, site.Kind, ilOffset, guards);

        // Site_N<!0, ..., !!0, ...>::Target, as the caller (or a shim generic over the caller method's parameters) names it.
        var field = new FieldReference(target.Name, target.FieldType, CallerGenerics.Instance(target.DeclaringType, generics.CallerArguments));
        return new SiteAccess(field, callerDelegate, callerInvoke, callee);
    }

    /// <summary>What a holder is made for: its number, its caller, the callee and the delegate type as the holder names them, and the caller's generics when the holder is generic.</summary>
    private sealed record HolderShape(int Number, MethodDefinition Caller, MethodReference Callee, TypeReference DelegateType, CallerGenerics? Generics);

    private FieldReference Holder(HolderShape shape, SiteKind kind, int ilOffset, IReadOnlyList<BakedGuard> guards)
    {
        var (number, caller, callee, delegateType, generics) = shape;
        var type = new TypeDefinition("", $"<Optpoline>Site_{number}", TypeAttributes.NestedPrivate | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.BeforeFieldInit, module.TypeSystem.Object);
        caller.DeclaringType.NestedTypes.Add(type);
        generics?.DeclareOn(type);

        // Inside a generic holder, its own members are named through its own instantiation, Site_N<!0, ...>.
        TypeReference self = generics is null ? type : CallerGenerics.Instance(type, type.GenericParameters);

        // private static class <Optpoline>Site_N
        // {
        //     internal static readonly CallSite<TDelegate> Site = ...(..., new Action<TDelegate>(Store));   // keeps the site alive
        //     internal static TDelegate Target;                                                     // what the shim reads
        //     private static void Store(TDelegate target) => Volatile.Write(ref Target, target);   // the site publishes through it
        // }
        // PERF: the shim reads Target, one load from a fixed address; reading Site.Target would load the
        // site first, a dependent load (and a cache line) more on every call of every woven site.
        var site = new FieldDefinition("Site", FieldAttributes.Assembly | FieldAttributes.Static | FieldAttributes.InitOnly, runtime.CallSiteOf(delegateType));
        type.Fields.Add(site);
        var target = new FieldDefinition("Target", FieldAttributes.Assembly | FieldAttributes.Static, delegateType);
        type.Fields.Add(target);
        var siteField = generics is null ? site : new FieldReference(site.Name, site.FieldType, self);
        var targetField = generics is null ? target : new FieldReference(target.Name, target.FieldType, self);
        var store = new MethodDefinition("Store", MethodAttributes.Private | MethodAttributes.Static | MethodAttributes.HideBySig, module.TypeSystem.Void);
        store.Parameters.Add(new ParameterDefinition("target", ParameterAttributes.None, delegateType));
        var storeIl = store.Body.GetILProcessor();
        storeIl.Emit(OpCodes.Ldarg_0);
        storeIl.Emit(OpCodes.Volatile);
        storeIl.Emit(OpCodes.Stsfld, targetField);
        storeIl.Emit(OpCodes.Ret);
        type.Methods.Add(store);
        var storeMethod = generics is null ? store
            : new MethodReference(store.Name, store.ReturnType, self) { Parameters = { new ParameterDefinition(delegateType) } };

        // In a generic holder, every token below names the caller's parameters through the holder's own:
        // ldtoken resolves per instantiation, so each instantiation's site names its exact callee and caller.
        var callerToken = generics?.CallerInHolder() ?? caller;
        var callerTypeToken = generics?.CallerTypeInHolder() ?? caller.DeclaringType;
        var constructor = new MethodDefinition(".cctor", MethodAttributes.Private | MethodAttributes.Static | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName, module.TypeSystem.Void);
        var il = constructor.Body.GetILProcessor();
        if (kind == SiteKind.Delegate)
        {
            // Site = CallSite.ForGeneratedDelegateCode<TDelegate>(typeof(D), methodof(caller), typeof(caller's type), ilOffset, callerName, new Action<TDelegate>(Store));
            il.Emit(OpCodes.Ldtoken, callee.DeclaringType);
        }
        else
        {
            // Site = CallSite.ForGeneratedCode<TDelegate>(methodof(callee), typeof(callee's type), methodof(caller), typeof(caller's type), ilOffset, callerName, new Action<TDelegate>(Store));
            il.Emit(OpCodes.Ldtoken, callee);
            il.Emit(OpCodes.Ldtoken, callee.DeclaringType);
        }

        il.Emit(OpCodes.Ldtoken, callerToken);
        il.Emit(OpCodes.Ldtoken, callerTypeToken);
        il.Emit(OpCodes.Ldc_I4, ilOffset);
        il.Emit(OpCodes.Ldstr, caller.FullName);
        if (guards.Count > 0)
        {
            // ..., new RuntimeTypeHandle[] { typeof(X1).TypeHandle, ... }: the site reports how often the baked guards hit.
            il.Emit(OpCodes.Ldc_I4, guards.Count);
            il.Emit(OpCodes.Newarr, runtime.RuntimeTypeHandle);
            for (var i = 0; i < guards.Count; i++)
            {
                il.Emit(OpCodes.Dup);
                il.Emit(OpCodes.Ldc_I4, i);
                il.Emit(OpCodes.Ldtoken, guards[i].ReceiverType);
                il.Emit(OpCodes.Stelem_Any, runtime.RuntimeTypeHandle);
            }

        }

        // ..., new Action<TDelegate>(Store))
        il.Emit(OpCodes.Ldnull);
        il.Emit(OpCodes.Ldftn, storeMethod);
        il.Emit(OpCodes.Newobj, runtime.ActionConstructorOf(delegateType));
        il.Emit(OpCodes.Call, guards.Count > 0 ? runtime.ForBakedCodeOf(delegateType)
            : kind == SiteKind.Delegate ? runtime.ForGeneratedDelegateCodeOf(delegateType)
            : runtime.ForGeneratedCodeOf(delegateType));
        il.Emit(OpCodes.Stsfld, siteField);
        il.Emit(OpCodes.Ret);
        constructor.Body.OptimizeMacros();
        type.Methods.Add(constructor);
        return target;
    }

    private static MethodReference ReferenceThroughOwnInstantiation(MethodDefinition shim)
    {
        var owner = shim.DeclaringType;
        if (!owner.HasGenericParameters)
        {
            return shim;
        }

        var instance = new GenericInstanceType(owner);
        foreach (var parameter in owner.GenericParameters)
        {
            instance.GenericArguments.Add(parameter);
        }

        var reference = new MethodReference(shim.Name, shim.ReturnType, instance) { HasThis = false };
        foreach (var parameter in shim.GenericParameters)
        {
            reference.GenericParameters.Add(new GenericParameter(parameter.Name, reference));
        }

        foreach (var parameter in shim.Parameters)
        {
            reference.Parameters.Add(new ParameterDefinition(parameter.ParameterType));
        }

        return reference;
    }
}
