using Mono.Cecil;
using Optpoline.Reporting;

namespace Optpoline.Rewriter.Baking;

/// <summary>
/// Finds the types and methods a profile names in the module being woven and its dependencies, and
/// only in the builds the profile was recorded on: a type whose module has another MVID than the one
/// recorded is not found, so a method is only ever looked up (by name and signature) in the build
/// whose dispatch the runtime resolved it in.
/// </summary>
internal sealed class ProfileResolver(ModuleDefinition module)
{
    private readonly Dictionary<string, ModuleDefinition?> _modules = new(StringComparer.Ordinal);

    /// <summary>The MVID a module had before it was woven (a woven module records it; weaving writes a new one).</summary>
    public static Guid OriginalMvid(ModuleDefinition module)
    {
        var woven = module.Assembly?.CustomAttributes.FirstOrDefault(a => a.AttributeType.FullName == typeof(OptpolineWovenAttribute).FullName);
        var recorded = woven?.Properties.FirstOrDefault(p => p.Name == nameof(OptpolineWovenAttribute.OriginalModuleVersionId)).Argument.Value as string;
        return Guid.TryParse(recorded, out var original) ? original : module.Mvid;
    }

    /// <summary>The type, imported into the woven module; null when its build differs or it is not there.</summary>
    public TypeReference? Type(TypeId id)
    {
        var definition = Definition(id);
        if (definition is null || definition.GenericParameters.Count != id.Arguments.Count)
        {
            return null;
        }

        if (id.Arguments.Count == 0)
        {
            return module.ImportReference(definition);
        }

        var instance = new GenericInstanceType(module.ImportReference(definition));
        foreach (var argument in id.Arguments)
        {
            if (Type(argument) is not { } resolved)
            {
                return null;
            }

            instance.GenericArguments.Add(resolved);
        }

        return instance;
    }

    /// <summary>The type's definition, in the build the profile names; null otherwise.</summary>
    public TypeDefinition? Definition(TypeId id)
    {
        if (ModuleOf(id) is not { } owner)
        {
            return null;
        }

        // Metadata names nest with '/', reflection's with '+'.
        return owner.GetType(id.Name.Replace('+', '/'));
    }

    /// <summary>The method, as a reference the woven module can call; null when it cannot be found (exactly once) in the recorded build.</summary>
    public MethodReference? Method(MethodId id, out MethodDefinition? definition)
    {
        definition = null;
        var declaringDefinition = Definition(id.DeclaringType);
        if (declaringDefinition is null || Type(id.DeclaringType) is not { } declaring)
        {
            return null;
        }

        // By name and signature: tokens recorded from a woven build do not name methods of the original.
        var matches = id.Signature is null ? []
            : declaringDefinition.Methods.Where(m => m.Name == id.Name && MethodSignatures.Of(m) == id.Signature).Take(2).ToList();
        if (matches.Count != 1 || matches[0].GenericParameters.Count != id.Arguments.Count)
        {
            return null;
        }

        definition = matches[0];

        MethodReference reference = declaring is GenericInstanceType ? OnInstance(definition, declaring) : module.ImportReference(definition);
        if (id.Arguments.Count == 0)
        {
            return reference;
        }

        var instance = new GenericInstanceMethod(reference);
        foreach (var argument in id.Arguments)
        {
            if (Type(argument) is not { } resolved)
            {
                return null;
            }

            instance.GenericArguments.Add(resolved);
        }

        return instance;
    }

    /// <summary>
    /// <c>Declaring&lt;args&gt;::Method</c>: the signature stays in terms of the definition's generic
    /// parameters (<c>!0</c>, <c>!!0</c>), as a member reference's signature must.
    /// </summary>
    private MethodReference OnInstance(MethodDefinition definition, TypeReference declaring) =>
        Weaving.GenericInflater.OnType(module.ImportReference(definition), declaring);

    private ModuleDefinition? ModuleOf(TypeId id)
    {
        if (!_modules.TryGetValue(id.Assembly, out var owner))
        {
            owner = Load(id.Assembly);
            _modules[id.Assembly] = owner;
        }

        return owner is not null && OriginalMvid(owner) == id.ModuleVersionId ? owner : null;
    }

    private ModuleDefinition? Load(string assembly)
    {
        if (string.Equals(module.Assembly.Name.Name, assembly, StringComparison.Ordinal))
        {
            return module;
        }

        try
        {
            return module.AssemblyResolver.Resolve(new AssemblyNameReference(assembly, null))?.MainModule;
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
    }
}
