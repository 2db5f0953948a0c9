namespace Optpoline.Rewriter.Fixtures;

// Abstract and virtual members, covariant returns, new slots, protected members, exceptions.
public abstract class Animal
{
    public abstract string Speak();

    public virtual string Describe() => $"{GetType().Name} says {Speak()} ({Secret()})";

    public virtual Animal Clone() => this;

    protected virtual string Secret() => "animal";

    public virtual int Fail(int code) => throw new InvalidOperationException("animal failed " + code);
}

public class Dog : Animal
{
    public override string Speak() => "woof";

    public override Dog Clone() => new();

    protected override string Secret() => "dog";

    public string AskSecret() => Secret();
}

public sealed class Puppy : Dog
{
    public override string Speak() => "yip";

    public override int Fail(int code) => code < 0 ? throw new ArgumentOutOfRangeException(nameof(code), "negative") : code * 2;
}

public sealed class Cat : Animal
{
    public override string Speak() => "meow";

    public override string Describe() => "a cat: " + base.Describe();
}

public class Letter
{
    public virtual string Who() => "A";
}

public class Beta : Letter
{
    public new virtual string Who() => "B";
}

public sealed class Gamma : Beta
{
    public override string Who() => "C";
}
