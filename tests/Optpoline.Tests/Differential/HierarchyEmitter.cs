using System.Reflection;
using System.Reflection.Emit;
using System.Runtime.CompilerServices;

namespace Optpoline.Tests.Differential;

/// <summary>
/// Emits a <see cref="HierarchySpec"/> into a new collectible dynamic assembly, the way the C#
/// compiler would have compiled it: overrides bind by name and signature, <c>new</c> slots are
/// <c>newslot</c>, explicit implementations and covariant overrides are method impls.
/// </summary>
internal sealed partial class HierarchyEmitter
{
    private static readonly ConstructorInfo s_preserveBaseOverrides = typeof(PreserveBaseOverridesAttribute).GetConstructor(Type.EmptyTypes)!;
    private static readonly ConstructorInfo s_objectConstructor = typeof(object).GetConstructor(Type.EmptyTypes)!;

    private readonly HierarchySpec _spec;
    private readonly ModuleBuilder _module;
    private readonly string _namespace;
    private readonly Dictionary<TypeSpec, TypeBuilder> _builders = [];
    private readonly Dictionary<TypeSpec, GenericTypeParameterBuilder> _parameters = [];
    private readonly Dictionary<TypeSpec, FieldBuilder> _counters = [];
    private readonly Dictionary<TypeSpec, ConstructorBuilder> _constructors = [];
    private readonly Dictionary<SlotSpec, MethodBuilder> _declarations = [];
    private readonly TypeBuilder _log;
    private readonly FieldBuilder _logEntries;
    private readonly TypeBuilder _tag;

    private HierarchyEmitter(HierarchySpec spec)
    {
        _spec = spec;
        var name = new AssemblyName($"OptpolineDiff_{spec.BaseSeed}_{spec.Index}");
        _module = AssemblyBuilder.DefineDynamicAssembly(name, AssemblyBuilderAccess.RunAndCollect).DefineDynamicModule(name.Name!);
        _namespace = $"H{spec.Index}";

        // static class Log { public static List<string> Entries; }
        _log = _module.DefineType(_namespace + ".Log", TypeAttributes.Public | TypeAttributes.Abstract | TypeAttributes.Sealed | TypeAttributes.Class);
        _logEntries = _log.DefineField("Entries", typeof(List<string>), FieldAttributes.Public | FieldAttributes.Static);

        // sealed class Tag { }
        _tag = _module.DefineType(_namespace + ".Tag", TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(object));
        _tag.DefineDefaultConstructor(MethodAttributes.Public);
    }

    public static EmittedHierarchy Emit(HierarchySpec spec) => new HierarchyEmitter(spec).Emit();

    private EmittedHierarchy Emit()
    {
        foreach (var type in _spec.Types)
        {
            DefineType(type);
        }

        foreach (var type in _spec.Types)
        {
            DefineBases(type);
        }

        foreach (var type in _spec.Types)
        {
            DefineFieldsAndConstructor(type);
        }

        foreach (var type in _spec.Types)
        {
            foreach (var member in type.Members)
            {
                DefineMember(type, member);
            }
        }

        var log = _log.CreateType();
        var tag = _tag.CreateType();
        var types = new Dictionary<TypeSpec, Type>();
        foreach (var type in _spec.Types)
        {
            types[type] = _builders[type].CreateType();
        }

        var entries = new List<string>();
        log.GetField(_logEntries.Name)!.SetValue(null, entries);
        return new EmittedHierarchy(_spec, types, tag, entries);
    }

    private void DefineType(TypeSpec type)
    {
        var attributes = type.Kind switch
        {
            TypeKind.Interface => TypeAttributes.Public | TypeAttributes.Interface | TypeAttributes.Abstract,
            TypeKind.Struct => TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.SequentialLayout | TypeAttributes.BeforeFieldInit,
            _ => TypeAttributes.Public | TypeAttributes.Class | TypeAttributes.BeforeFieldInit
                | (type.IsAbstract ? TypeAttributes.Abstract : 0) | (type.IsSealed ? TypeAttributes.Sealed : 0),
        };
        var builder = _module.DefineType($"{_namespace}.{type.MetadataName}", attributes, type.Kind == TypeKind.Struct ? typeof(ValueType) : null);
        _builders[type] = builder;
        if (type.IsGeneric)
        {
            _parameters[type] = builder.DefineGenericParameters("T")[0];
            if (type.IsCovariant)
            {
                _parameters[type].SetGenericParameterAttributes(GenericParameterAttributes.Covariant);
            }
        }
    }

    private void DefineBases(TypeSpec type)
    {
        var builder = _builders[type];
        if (type.Kind == TypeKind.Class)
        {
            builder.SetParent(type.Parent is null ? typeof(object) : AncestorType(type, type.Parent));
        }
        else if (type is { Kind: TypeKind.Interface, Parent: { } baseInterface })
        {
            builder.AddInterfaceImplementation(InterfaceType(type, new InterfaceRef(baseInterface, type.ParentArg)));
        }

        foreach (var iface in type.Interfaces)
        {
            builder.AddInterfaceImplementation(InterfaceType(type, iface));
        }
    }

    private void DefineFieldsAndConstructor(TypeSpec type)
    {
        var builder = _builders[type];
        if (type.HasCounter)
        {
            _counters[type] = builder.DefineField("_counter", typeof(int), FieldAttributes.Private);
        }

        if (type.Kind != TypeKind.Class)
        {
            return;
        }

        // public C() : base() { }
        var constructor = builder.DefineConstructor(
            (type.IsAbstract ? MethodAttributes.Family : MethodAttributes.Public) | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName,
            CallingConventions.Standard,
            Type.EmptyTypes);
        var il = constructor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, type.Parent is null ? s_objectConstructor : ConstructorOn(AncestorType(type, type.Parent), _constructors[type.Parent]));
        il.Emit(OpCodes.Ret);
        _constructors[type] = constructor;
    }

    /// <summary>The type <paramref name="arg"/> stands for inside <paramref name="context"/>.</summary>
    private Type ArgType(TypeArg arg, TypeSpec context) => arg switch
    {
        TypeArg.OwnT => _parameters[context],
        TypeArg.String => typeof(string),
        TypeArg.Object => typeof(object),
        TypeArg.Tag => _tag,
        TypeArg.Int => typeof(int),
        _ => typeof(long),
    };

    private Type Constructed(TypeSpec type, Type? arg) => type.IsGeneric ? _builders[type].MakeGenericType(arg!) : _builders[type];

    /// <summary>Self, or the base class <paramref name="ancestor"/>, as <paramref name="from"/> sees it (e.g. <c>B&lt;string&gt;</c> from <c>E : D&lt;string&gt;</c>).</summary>
    private Type AncestorType(TypeSpec from, TypeSpec ancestor)
    {
        Type? arg = from.IsGeneric ? _parameters[from] : null;
        var current = from;
        while (current != ancestor)
        {
            var parent = current.Parent ?? throw new InvalidOperationException($"{ancestor.Name} is not a base of {from.Name}");
            arg = !parent.IsGeneric ? null : current.ParentArg == TypeArg.OwnT ? arg : ArgType(current.ParentArg, current);
            current = parent;
        }

        return Constructed(current, arg);
    }

    private Type InterfaceType(TypeSpec context, InterfaceRef iface) =>
        Constructed(iface.Interface, iface.Interface.IsGeneric ? ArgType(iface.Arg, context) : null);

    private static MethodInfo MethodOn(Type declaring, MethodBuilder method) =>
        declaring is TypeBuilder ? method : TypeBuilder.GetMethod(declaring, method);

    private static ConstructorInfo ConstructorOn(Type declaring, ConstructorBuilder constructor) =>
        declaring is TypeBuilder ? constructor : TypeBuilder.GetConstructor(declaring, constructor);

    private FieldInfo CounterOf(TypeSpec type) =>
        type.IsGeneric ? TypeBuilder.GetField(Constructed(type, _parameters[type]), _counters[type]) : _counters[type];
}
