using System.Diagnostics;
using IrisStack.Tests.Shared;

namespace IrisStack.Policies.Tests.Reports;

/// <summary>Runs the real xmllint (libxml2; scripts/install-test-deps installs it) against the Jenkins JUnit schema kept beside these tests.</summary>
internal static class Xmllint
{
    private static readonly string Schema = Path.Combine(RepoPaths.Root, "tests", "IrisStack.Policies.Tests", "Reports", "Schemas", "junit-10.xsd");

    /// <summary>Validates the document; returns xmllint's exit code and what it printed.</summary>
    public static (int ExitCode, string Output) ValidateJUnit(string xml)
    {
        var file = Path.Combine(Path.GetTempPath(), $"irisstack-junit-{Guid.NewGuid():N}.xml");
        File.WriteAllText(file, xml);
        try
        {
            var start = new ProcessStartInfo("xmllint", ["--noout", "--schema", Schema, file])
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("xmllint did not start; run scripts/install-test-deps.");
            var output = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, output);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
