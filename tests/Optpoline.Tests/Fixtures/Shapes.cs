namespace Optpoline.Tests.Fixtures;

public interface IShape
{
    string Name();
}

public abstract class Shape : IShape
{
    public abstract string Name();
}

public sealed class A : Shape { public override string Name() => "A"; }
public sealed class B : Shape { public override string Name() => "B"; }
public sealed class C : Shape { public override string Name() => "C"; }
public sealed class D : Shape { public override string Name() => "D"; }
public sealed class E : Shape { public override string Name() => "E"; }
public sealed class F : Shape { public override string Name() => "F"; }
public sealed class G : Shape { public override string Name() => "G"; }
public sealed class H : Shape { public override string Name() => "H"; }
public sealed class I : Shape { public override string Name() => "I"; }
public sealed class J : Shape { public override string Name() => "J"; }

public static class All
{
    public static readonly IShape[] Shapes = [new A(), new B(), new C(), new D(), new E(), new F(), new G(), new H(), new I(), new J()];
}

public abstract class Mapper
{
    public abstract T Map<T>(T value);
}

public sealed class DoublingMapper : Mapper
{
    public override T Map<T>(T value) => value is int i ? (T)(object)(i * 2) : value;
}
