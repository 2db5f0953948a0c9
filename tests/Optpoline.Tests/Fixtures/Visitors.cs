namespace Optpoline.Tests.Fixtures;

/// <summary>Generic virtual methods: a class one overridden in sealed subclasses, and an interface one.</summary>
public abstract class Visitor
{
    public abstract string Visit<T>(int a);
}

public sealed class VisitorA : Visitor { public override string Visit<T>(int a) => $"A.Visit<{typeof(T).Name}>({a})"; }
public sealed class VisitorB : Visitor { public override string Visit<T>(int a) => $"B.Visit<{typeof(T).Name}>({a})"; }
public sealed class VisitorC : Visitor { public override string Visit<T>(int a) => $"C.Visit<{typeof(T).Name}>({a})"; }

public interface IConverter
{
    string Convert<T>(int a);
}

public sealed class ConverterA : IConverter { public string Convert<T>(int a) => $"A.Convert<{typeof(T).Name}>({a})"; }
public sealed class ConverterB : IConverter { public string Convert<T>(int a) => $"B.Convert<{typeof(T).Name}>({a})"; }
