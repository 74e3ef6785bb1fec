// Scheduled re-scans: systemd user units or a crontab line running
// `exposure rescan`, and running the notify command.
#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

#include "common/strings.h"
#include "exposure/report.h"
#include "exposure/store.h"

namespace exposure {
namespace {

// A quoted word for a systemd ExecStart= line: "..." with \ and " escaped,
// % and $ doubled so systemd does not expand them.
std::string SystemdQuote(std::string_view word) {
  std::string out = "\"";
  for (char c : word) {
    if (c == '\\' || c == '"') out.push_back('\\');
    if (c == '%' || c == '$') out.push_back(c);
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

// A single-quoted shell word for a crontab line; % is special to cron.
std::string CronQuote(std::string_view word) {
  std::string out = "'";
  for (char c : word) {
    if (c == '\'') {
      out += "'\\''";
    } else if (c == '%') {
      out += "\\%";
    } else {
      out.push_back(c);
    }
  }
  out.push_back('\'');
  return out;
}

// Runs `argv` (no shell) with `input` on standard input; its standard
// output in `*output` when not null. Returns the exit status, -1 when it
// could not run or was killed.
int RunProcess(const std::vector<std::string>& argv, const std::string& input,
               std::string* output) {
  int in_pipe[2], out_pipe[2];
  if (pipe2(in_pipe, O_CLOEXEC) != 0) return -1;
  if (pipe2(out_pipe, O_CLOEXEC) != 0) {
    close(in_pipe[0]);
    close(in_pipe[1]);
    return -1;
  }
  pid_t pid = fork();
  if (pid == 0) {
    dup2(in_pipe[0], STDIN_FILENO);
    dup2(out_pipe[1], STDOUT_FILENO);
    int null = open("/dev/null", O_WRONLY);
    if (null >= 0) dup2(null, STDERR_FILENO);
    std::vector<char*> args;
    for (const std::string& arg : argv) {
      args.push_back(const_cast<char*>(arg.c_str()));
    }
    args.push_back(nullptr);
    execvp(args[0], args.data());
    _exit(127);
  }
  close(in_pipe[0]);
  close(out_pipe[1]);
  if (pid < 0) {
    close(in_pipe[1]);
    close(out_pipe[0]);
    return -1;
  }
  struct sigaction ignore {
  }, old{};
  ignore.sa_handler = SIG_IGN;
  sigaction(SIGPIPE, &ignore, &old);
  std::size_t written = 0;
  while (written < input.size()) {
    ssize_t n =
        write(in_pipe[1], input.data() + written, input.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  close(in_pipe[1]);
  char buffer[4096];
  ssize_t n;
  while ((n = read(out_pipe[0], buffer, sizeof(buffer))) > 0) {
    if (output != nullptr) output->append(buffer, n);
  }
  close(out_pipe[0]);
  sigaction(SIGPIPE, &old, nullptr);
  int status = 0;
  if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) return -1;
  return WEXITSTATUS(status);
}

std::string ConfigHome() {
  const char* value = std::getenv("XDG_CONFIG_HOME");
  if (value != nullptr && value[0] == '/') return value;
  const char* home = std::getenv("HOME");
  return StrCat(home != nullptr ? home : "", "/.config");
}

absl::Status MakeFolder(const std::string& folder) {
  for (std::size_t at = 1; at <= folder.size(); ++at) {
    if (at == folder.size() || folder[at] == '/') {
      std::string part = folder.substr(0, at);
      if (mkdir(part.c_str(), 0700) != 0 && errno != EEXIST) {
        return absl::FailedPreconditionError(
            StrCat(part, ": cannot create the folder: ", std::strerror(errno)));
      }
    }
  }
  return absl::OkStatus();
}

}  // namespace

std::string CaseSlug(std::string_view name) {
  std::string slug;
  for (char c : name) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (absl::ascii_isalnum(byte)) {
      slug.push_back(absl::ascii_tolower(byte));
    } else if (!slug.empty() && slug.back() != '-') {
      slug.push_back('-');
    }
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.size() > 40) slug.resize(40);
  if (slug.empty()) slug = "case";
  return slug;
}

absl::StatusOr<ScheduleFiles> MakeSchedule(const ScheduleOptions& options) {
  std::string calendar, cron_time;
  if (options.every == "daily") {
    calendar = "daily";
    cron_time = "17 3 * * *";
  } else if (options.every == "weekly") {
    calendar = "weekly";
    cron_time = "17 3 * * 1";
  } else if (options.every == "monthly") {
    calendar = "monthly";
    cron_time = "17 3 1 * *";
  } else {
    return absl::InvalidArgumentError(StrCat(
        "--every: '", options.every, "' is not daily, weekly or monthly"));
  }
  std::vector<std::string> command = {
      options.binary, "rescan",        "--case",     options.case_name,
      "--db",         options.db_path, "--exit-code"};
  if (!options.report_dir.empty()) {
    command.push_back("--report-dir");
    command.push_back(options.report_dir);
  }
  command.insert(command.end(), options.extra_arguments.begin(),
                 options.extra_arguments.end());

  ScheduleFiles files;
  files.unit_name = StrCat("exposure-rescan-", CaseSlug(options.case_name));
  std::string exec;
  std::string cron_command;
  for (const std::string& word : command) {
    StrAppend(&exec, exec.empty() ? "" : " ", SystemdQuote(word));
    StrAppend(&cron_command, cron_command.empty() ? "" : " ", CronQuote(word));
  }
  files.service = StrCat(
      "# Written by 'exposure schedule': re-scans an Exposure case.\n"
      "[Unit]\n"
      "Description=Exposure re-scan of a case\n"
      "\n"
      "[Service]\n"
      "Type=oneshot\n"
      "ExecStart=",
      exec,
      "\n"
      "# 10: the re-scan found new exposures (see the report folder).\n"
      "SuccessExitStatus=10\n"
      "UMask=0077\n");
  files.timer = StrCat(
      "# Written by 'exposure schedule'.\n"
      "[Unit]\n"
      "Description=Exposure re-scan of a case, ",
      calendar,
      "\n"
      "\n"
      "[Timer]\n"
      "OnCalendar=",
      calendar,
      "\n"
      "Persistent=true\n"
      "RandomizedDelaySec=1h\n"
      "\n"
      "[Install]\n"
      "WantedBy=timers.target\n");
  files.crontab_line =
      StrCat(cron_time, " umask 077; ", cron_command, " # ", files.unit_name);
  return files;
}

absl::StatusOr<std::string> InstallSchedule(const ScheduleFiles& files) {
  std::string ignored;
  bool systemd = RunProcess({"systemctl", "--user", "show-environment"}, "",
                            &ignored) == 0;
  if (systemd) {
    std::string folder = ConfigHome() + "/systemd/user";
    absl::Status made = MakeFolder(folder);
    if (!made.ok()) return made;
    std::string service = StrCat(folder, "/", files.unit_name, ".service");
    std::string timer = StrCat(folder, "/", files.unit_name, ".timer");
    absl::Status written = WriteFileAtomically(service, files.service);
    if (written.ok()) written = WriteFileAtomically(timer, files.timer);
    if (!written.ok()) return written;
    RunProcess({"systemctl", "--user", "daemon-reload"}, "", nullptr);
    if (RunProcess({"systemctl", "--user", "enable", "--now",
                    files.unit_name + ".timer"},
                   "", nullptr) != 0) {
      return absl::InternalError(
          StrCat("systemctl --user enable --now ", files.unit_name,
                 ".timer failed (the units are in ", folder, ")"));
    }
    return StrCat("installed and started ", timer, " (and ", files.unit_name,
                  ".service); see 'systemctl --user "
                  "list-timers'");
  }
  std::string current;
  int listed = RunProcess({"crontab", "-l"}, "", &current);
  if (listed < 0) {
    return absl::FailedPreconditionError(
        "neither a systemd user session nor crontab is available; use "
        "'exposure schedule --print' and install the line yourself");
  }
  if (listed != 0) current.clear();  // no crontab yet
  std::string updated;
  std::string marker = StrCat("# ", files.unit_name);
  for (std::string_view line : Split(current, '\n')) {
    if (line.empty() || EndsWith(line, marker)) continue;
    StrAppend(&updated, line, "\n");
  }
  StrAppend(&updated, files.crontab_line, "\n");
  if (RunProcess({"crontab", "-"}, updated, nullptr) != 0) {
    return absl::InternalError("'crontab -' refused the new crontab");
  }
  return StrCat("added to your crontab: ", files.crontab_line);
}

absl::Status RunNotifyCommand(const std::string& command,
                              const std::string& report_path) {
  // The path reaches the command as "$1", never pasted into its text, so
  // a report path cannot inject shell syntax.
  std::string script = StrCat(command, " \"$1\"");
  pid_t pid = fork();
  if (pid == 0) {
    int null = open("/dev/null", O_RDONLY);
    if (null >= 0) dup2(null, STDIN_FILENO);
    execl("/bin/sh", "sh", "-c", script.c_str(), "exposure-notify",
          report_path.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  if (pid < 0) {
    return absl::InternalError(
        StrCat("--notify-cmd: cannot start: ", std::strerror(errno)));
  }
  int status = 0;
  if (waitpid(pid, &status, 0) != pid || !WIFEXITED(status)) {
    return absl::InternalError("--notify-cmd: the command did not finish");
  }
  if (WEXITSTATUS(status) != 0) {
    return absl::InternalError(
        StrCat("--notify-cmd: the command exited with ", WEXITSTATUS(status)));
  }
  return absl::OkStatus();
}

}  // namespace exposure
