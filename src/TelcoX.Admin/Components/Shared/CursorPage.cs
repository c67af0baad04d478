namespace TelcoX.Admin.Components.Shared;

/// <summary>
/// Which page of a cursor connection to ask for: the connection arguments first/after or last/before.
/// Pass the four properties straight to a generated query method.
/// </summary>
public sealed record CursorPage(int? First, string? After, int? Last, string? Before)
{
    public const int DefaultSize = 20;

    public static CursorPage Start(int size = DefaultSize) => new(size, null, null, null);

    public int Size => First ?? Last ?? DefaultSize;

    public CursorPage Next(string? endCursor) => new(Size, endCursor, null, null);

    public CursorPage Previous(string? startCursor) => new(null, null, Size, startCursor);
}
