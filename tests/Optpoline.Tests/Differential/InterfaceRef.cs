namespace Optpoline.Tests.Differential;

/// <summary>An interface as a type lists it: <c>I0</c>, or <c>I0&lt;string&gt;</c> / <c>I0&lt;T&gt;</c> for a generic one.</summary>
internal sealed record InterfaceRef(TypeSpec Interface, TypeArg Arg)
{
    public string Display => Interface.IsGeneric ? $"{Interface.Name}<{Arg.Display()}>" : Interface.Name;
}
