#pragma once
// `sitbreakd --watch-microphones`, the helper MicHelper starts: runs MicWatch and writes
// each change to stdout as one line (kMicRecording, kMicSilent, kMicProblem + why) until
// SIGTERM or the end of stdin (the daemon went). Returns the process's exit status.
namespace sitbreak::platform {

int run_microphone_helper();

}  // namespace sitbreak::platform
