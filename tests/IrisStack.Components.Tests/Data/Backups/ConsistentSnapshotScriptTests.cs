using System.Diagnostics;
using IrisStack.Components.Data.Backups;

namespace IrisStack.Components.Tests.Data.Backups;

/// <summary>
/// Runs the rendered script in the real shell with stand-ins for kubectl and aws on PATH that log
/// their calls, so the order (freeze, snapshots, thaw) and the thaw on every failure are observed.
/// </summary>
public sealed class ConsistentSnapshotScriptTests
{
    private static readonly ConsistentSnapshotSpec Spec = new("iris", ["iris-data-0-0", "iris-data-0-1"], "iris-stack-test", 60, 7);

    private const string Kubectl = """
        #!/bin/sh
        echo "kubectl $*" >> "$CALLS"
        case "$* " in *" iris $FAIL "*) exit 1 ;; esac
        """;

    private const string Aws = """
        #!/bin/sh
        echo "aws $*" >> "$CALLS"
        case "$2" in
          describe-volumes) echo "vol-a	vol-b" ;;
          create-snapshot) [ "$FAIL" = "create-snapshot" ] && exit 1; echo snap-new ;;
          describe-snapshots) echo snap-old ;;
        esac
        exit 0
        """;

    private static (int ExitCode, string[] Calls) Run(string fail = "none")
    {
        // The job runs on Linux; so does this test (the stand-ins must be executable files).
        Assert.False(OperatingSystem.IsWindows(), "The consistent-snapshot script runs under a POSIX shell.");
        var folder = Directory.CreateTempSubdirectory("iris-snapshot-script-");
        try
        {
            var bin = Directory.CreateDirectory(Path.Combine(folder.FullName, "bin")).FullName;
            foreach (var (name, text) in new[] { ("kubectl", Kubectl), ("aws", Aws) })
            {
                var path = Path.Combine(bin, name);
                File.WriteAllText(path, text + "\n");
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            var script = Path.Combine(folder.FullName, "consistent-snapshot.sh");
            File.WriteAllText(script, ConsistentSnapshotScript.Render(Spec));
            var calls = Path.Combine(folder.FullName, "calls");
            var start = new ProcessStartInfo("/bin/sh", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.Environment["PATH"] = $"{bin}:/usr/bin:/bin";
            start.Environment["CALLS"] = calls;
            start.Environment["FAIL"] = fail;
            using var process = Process.Start(start)!;
            process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return (process.ExitCode, File.Exists(calls) ? File.ReadAllLines(calls) : []);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static string[] Steps(string[] calls) => [.. calls.Select(c => c switch
    {
        _ when c.StartsWith("kubectl exec -n iris ", StringComparison.Ordinal) => $"{c.Split(' ')[4]} {c.Split(' ')[7]}",
        _ when c.StartsWith("aws ec2 create-snapshot --volume-id ", StringComparison.Ordinal) => $"snapshot {c.Split(' ')[4]}",
        _ => c.Split(' ')[2],
    })];

    [Fact]
    public void Success_FreezesSnapshotsAndThawsEachPodInTurn_ThenExpiresOldSnapshots()
    {
        var (exit, calls) = Run();
        Assert.Equal(0, exit);
        Assert.Equal(
        [
            "describe-volumes", "iris-data-0-0 freeze", "snapshot vol-a", "snapshot vol-b", "iris-data-0-0 thaw",
            "describe-volumes", "iris-data-0-1 freeze", "snapshot vol-a", "snapshot vol-b", "iris-data-0-1 thaw",
            "describe-snapshots", "delete-snapshot",
        ], Steps(calls));
        Assert.Contains(calls, c => c.Contains("iris freeze IRIS timeout=60", StringComparison.Ordinal));
        Assert.Contains(calls, c => c.Contains("Key=iris-stack:consistent-snapshot,Value=iris-stack-test", StringComparison.Ordinal));
    }

    [Fact]
    public void SnapshotFails_ThePodIsThawed_AndTheRunFailsWithoutFreezingTheNext()
    {
        var (exit, calls) = Run(fail: "create-snapshot");
        Assert.NotEqual(0, exit);
        Assert.Equal(["describe-volumes", "iris-data-0-0 freeze", "snapshot vol-a", "iris-data-0-0 thaw"], Steps(calls));
    }

    [Fact]
    public void FreezeFails_ThePodIsStillThawed()
    {
        var (exit, calls) = Run(fail: "freeze");
        Assert.NotEqual(0, exit);
        Assert.Equal(["describe-volumes", "iris-data-0-0 freeze", "iris-data-0-0 thaw"], Steps(calls));
    }
}
