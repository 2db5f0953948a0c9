namespace Optpoline.Tests.Fixtures;

// Receivers whose resolved targets are named awkwardly in metadata: what the report's ids must get right.

public class Animal
{
    public virtual string Sound() => "...";
}

public class Dog : Animal
{
    public override string Sound() => "woof";
}

/// <summary>Reaches <see cref="Dog.Sound"/>: the target's declaring type is the base, not the receiver.</summary>
public sealed class Puppy : Dog;

public class Base<T>
{
    public virtual string Describe() => typeof(T).Name;
}

/// <summary>Reaches <c>Base&lt;string&gt;.Describe</c>, a method of a constructed generic type.</summary>
public sealed class Text : Base<string>;

public sealed class ExplicitShape : IShape
{
    string IShape.Name() => "explicit";
}

public interface IPolite
{
    string Please() => "please";
}

/// <summary>Reaches the default implementation <see cref="IPolite.Please"/>.</summary>
public sealed class Polite : IPolite;

public sealed class Outer<T>
{
    public sealed class Inner<U>;
}
