using System.Runtime.InteropServices;

namespace Optpoline.Tests.Fixtures;

/// <summary>
/// An interface implemented statically by two classes and dynamically by <see cref="DynamicGreeter"/>,
/// whose instances pick their implementation one by one: a type guard cannot stand for them.
/// </summary>
public interface IGreeter
{
    string Greet(int a);
}

public sealed class EnglishGreeter : IGreeter { public string Greet(int a) => $"hello {a}"; }
public sealed class FrenchGreeter : IGreeter { public string Greet(int a) => $"bonjour {a}"; }

public sealed class DynamicGreeter(bool loud) : IDynamicInterfaceCastable
{
    public bool IsInterfaceImplemented(RuntimeTypeHandle interfaceType, bool throwIfNotImplemented) =>
        interfaceType.Equals(typeof(IGreeter).TypeHandle);

    public RuntimeTypeHandle GetInterfaceImplementation(RuntimeTypeHandle interfaceType) =>
        loud ? typeof(ILoudGreeter).TypeHandle : typeof(IQuietGreeter).TypeHandle;
}

[DynamicInterfaceCastableImplementation]
public interface ILoudGreeter : IGreeter
{
    string IGreeter.Greet(int a) => $"HEY {a}";
}

[DynamicInterfaceCastableImplementation]
public interface IQuietGreeter : IGreeter
{
    string IGreeter.Greet(int a) => $"hi {a}";
}
