using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Optpoline.Rewriter.Baking;

/// <summary>
/// Lets baked guards call what the runtime called: a private explicit implementation, a protected
/// override in a sibling type, an internal type of another assembly. The woven assembly declares
/// <c>System.Runtime.CompilerServices.IgnoresAccessChecksToAttribute</c> (the runtime looks it up
/// by name, in the accessing assembly) and names each assembly whose members its guards call.
/// </summary>
internal sealed class AccessGrant(ModuleDefinition module)
{
    private const string Namespace = "System.Runtime.CompilerServices";
    private const string Name = "IgnoresAccessChecksToAttribute";
    private readonly HashSet<string> _granted = new(StringComparer.Ordinal);
    private MethodReference? _constructor;

    /// <summary>Grants access to the assemblies that declare the guard's receiver type and target.</summary>
    public void For(BakedGuard guard)
    {
        foreach (var type in new[] { guard.ReceiverType, guard.Target.DeclaringType })
        {
            Grant(AssemblyOf(type));
        }
    }

    private string AssemblyOf(TypeReference type) => type.Scope switch
    {
        AssemblyNameReference reference => reference.Name,
        _ => module.Assembly.Name.Name,
    };

    private void Grant(string assembly)
    {
        if (!_granted.Add(assembly))
        {
            return;
        }

        _constructor ??= Constructor();
        module.Assembly.CustomAttributes.Add(new CustomAttribute(_constructor)
        {
            ConstructorArguments = { new CustomAttributeArgument(module.TypeSystem.String, assembly) },
        });
    }

    /// <summary>The attribute's constructor: the module's own declaration of it, added if it has none.</summary>
    private MethodReference Constructor()
    {
        var existing = module.GetType(Namespace, Name);
        if (existing?.Methods.FirstOrDefault(m => m.IsConstructor && !m.IsStatic && m.Parameters.Count == 1 && m.Parameters[0].ParameterType.MetadataType == MetadataType.String) is { } declared)
        {
            return declared;
        }

        var attributeBase = module.ImportReference(new TypeReference("System", "Attribute", module, module.TypeSystem.CoreLibrary));
        var type = new TypeDefinition(Namespace, Name, TypeAttributes.NotPublic | TypeAttributes.Sealed | TypeAttributes.BeforeFieldInit, attributeBase);
        var field = new FieldDefinition("<AssemblyName>k__BackingField", FieldAttributes.Private | FieldAttributes.InitOnly, module.TypeSystem.String);
        type.Fields.Add(field);
        var constructor = new MethodDefinition(".ctor", MethodAttributes.Public | MethodAttributes.HideBySig | MethodAttributes.SpecialName | MethodAttributes.RTSpecialName, module.TypeSystem.Void);
        constructor.Parameters.Add(new ParameterDefinition("assemblyName", ParameterAttributes.None, module.TypeSystem.String));
        var il = constructor.Body.GetILProcessor();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, new MethodReference(".ctor", module.TypeSystem.Void, attributeBase) { HasThis = true });
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Stfld, field);
        il.Emit(OpCodes.Ret);
        type.Methods.Add(constructor);
        module.Types.Add(type);
        return constructor;
    }
}
