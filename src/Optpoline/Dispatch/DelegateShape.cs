namespace Optpoline.Dispatch;

/// <summary>How a delegate's target method takes the delegate's arguments, for the shapes a slot can call directly.</summary>
internal enum DelegateShape
{
    /// <summary>An instance method, <c>this</c> being the delegate's target (a box for a value type's method).</summary>
    ClosedInstance,

    /// <summary>A static method whose first parameter is the delegate's target (extension-method style).</summary>
    ClosedStatic,

    /// <summary>A static method that takes exactly the delegate's arguments.</summary>
    OpenStatic,
}
