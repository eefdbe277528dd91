using System.Collections.Immutable;
using IrisStack.Components.Collections;

namespace IrisStack.Components.Tests.Collections;

public sealed class EquatableArrayTests
{
    private sealed record Holder(string Name, EquatableArray<string> Items);

    [Fact]
    public void SameItems_AreEqualWithEqualHashes()
    {
        EquatableArray<string> left = ["a", "b"];
        EquatableArray<string> right = ImmutableArray.Create("a", "b");

        Assert.True(left == right);
        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Fact]
    public void DifferentItemOrLength_AreNotEqual()
    {
        EquatableArray<string> items = ["a", "b"];

        Assert.NotEqual(items, ["a", "c"]);
        Assert.NotEqual(items, ["b", "a"]);
        Assert.NotEqual(items, ["a"]);
        Assert.True(items != ["a", "b", "c"]);
    }

    [Fact]
    public void DefaultValue_IsEqualToEmpty()
    {
        Assert.Equal(default(EquatableArray<int>), []);
        Assert.True(default(EquatableArray<int>).IsEmpty);
        Assert.Equal(0, default(EquatableArray<int>).Length);
        Assert.Empty(default(EquatableArray<int>));
    }

    [Fact]
    public void RecordsHoldingIt_CompareItemsNotReferences()
    {
        var left = new Holder("x", ["a", "b"]);
        var right = new Holder("x", new[] { "a", "b" });

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, right with { Items = ["a", "B"] });
    }

    [Fact]
    public void ConvertsBackToTheSameImmutableArray()
    {
        var source = ImmutableArray.Create(1, 2, 3);
        EquatableArray<int> wrapped = source;
        ImmutableArray<int> unwrapped = wrapped;

        Assert.Equal(source, unwrapped);
        Assert.Equal(3, wrapped.Length);
        Assert.Equal(2, wrapped[1]);
        Assert.Equal(2, wrapped.IndexOf(3));
        Assert.Equal([2, 4, 6], wrapped.Select(i => i * 2));
    }

    [Fact]
    public void SortedDictionary_ComparesEntries()
    {
        EquatableSortedDictionary<string, int> left = ImmutableSortedDictionary.CreateRange([KeyValuePair.Create("a", 1), KeyValuePair.Create("b", 2)]);
        EquatableSortedDictionary<string, int> right = ImmutableSortedDictionary<string, int>.Empty.Add("b", 2).Add("a", 1);

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.NotEqual(left, right.SetItem("a", 3));
        Assert.NotEqual(left, right.SetItem("c", 1));
        Assert.Equal(default(EquatableSortedDictionary<string, int>), ImmutableSortedDictionary<string, int>.Empty);
    }

    [Fact]
    public void SortedSet_ComparesItems()
    {
        EquatableSortedSet<string> left = ImmutableSortedSet.Create("a", "b");
        EquatableSortedSet<string> right = ImmutableSortedSet.Create("b", "a");

        Assert.Equal(left, right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
        Assert.True(left != new EquatableSortedSet<string>(ImmutableSortedSet.Create("a", "c")));
        Assert.True(default(EquatableSortedSet<string>) == new EquatableSortedSet<string>(ImmutableSortedSet<string>.Empty));
        Assert.True(left.Contains("b"));
    }
}
