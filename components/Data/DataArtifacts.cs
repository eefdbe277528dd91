namespace IrisStack.Components.Data;

/// <summary>Where <c>render</c> writes the data layer's files; the IrisCluster manifest goes with the other Kubernetes objects.</summary>
public static class DataArtifacts
{
    /// <summary>The folder of the data layer's files.</summary>
    public const string Folder = "data";

    /// <summary>The PKI's public parts.</summary>
    public const string PkiPath = Folder + "/pki.yaml";

    /// <summary>The path of a merge file (<c>common.cpf</c>, <c>data.cpf</c>, <c>compute.cpf</c>).</summary>
    public static string MergeFilePath(string key) => $"{Folder}/{key}";
}
