namespace Optpoline.Rewriter.Fixtures;

// Calls inside protected regions, as branch targets, in loops, in iterators and in tail position.
public static class ControlFlow
{
    public static string InTryCatchFinally(Animal animal, IShape? shape)
    {
        var log = "";
        try
        {
            log += animal.Speak();
            log += shape!.Name;
        }
        catch (NullReferenceException)
        {
            log += "|catch:" + animal.Describe();
        }
        finally
        {
            log += "|finally:" + animal.Clone().Speak();
        }

        try
        {
            animal.Fail(-1);
        }
        catch (Exception e) when (e.Message.Length > animal.Speak().Length)
        {
            log += "|filtered:" + e.GetType().Name;
        }

        return log;
    }

    public static string Ternary(bool which, Animal a, Animal b) => which ? a.Speak() : b.Speak();

    public static double Loop(IShape[] shapes, int rounds)
    {
        var total = 0.0;
        for (var r = 0; r < rounds; r++)
        {
            foreach (var shape in shapes)
            {
                total += shape.Area();
            }
        }

        return total;
    }

    public static double WhileLoop(IReadOnlyList<IShape> shapes)
    {
        var i = 0;
        var total = 0.0;
        while (i < shapes.Count && shapes[i].Area() < 1000)
        {
            total += shapes[i++].Area();
        }

        return total;
    }

    public static IEnumerable<string> Names(IEnumerable<IShape> shapes)
    {
        foreach (var shape in shapes)
        {
            yield return shape.Name;
        }
    }

    public static string Tail(Animal animal) => animal.Describe();

    public static int Recurse(Animal animal, int depth) => depth == 0 ? animal.Fail(1) : Recurse(animal, depth - 1) + animal.Speak().Length;

    public static int Switch(object value) => value switch
    {
        IShape s when s.Area() > 10 => 1,
        IShape s => (int)s.Area(),
        Animal a => a.Speak().Length,
        _ => value.GetHashCode() % 2,
    };
}
