// ICU's word BreakIterator over a corpus, line by line: the tokeniser peer of Docs/BENCHMARKS.md.
//
// Same method as shared/research/peerbench (peers.py): the file is read and split into lines
// first; each line is converted to UTF-16 and segmented by BreakIterator::createWordInstance("ar");
// segments that are not white space are counted as tokens. Only the processing is timed.
//
//   g++ -O2 -o icu_break icu_break.cpp $(pkg-config --cflags --libs icu-uc icu-i18n)
//   ./icu_break CORPUS [RUNS]    # prints one line per run: "wall_seconds cpu_seconds tokens"
//
// CPU time is the thread's (CLOCK_THREAD_CPUTIME_ID): on a shared, loaded VM it leaves out the
// time the thread waited for a core, which wall-clock time does not.
#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <time.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

using namespace icu;

static double thread_cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: icu_break CORPUS [RUNS]" << std::endl;
    return 2;
  }
  int runs = argc > 2 ? std::atoi(argv[2]) : 1;
  std::ifstream file(argv[1], std::ios::binary);
  if (!file) {
    std::cerr << "icu_break: cannot read " << argv[1] << std::endl;
    return 1;
  }
  std::stringstream buffer;
  buffer << file.rdbuf();
  std::string all = buffer.str();
  std::vector<std::string> lines;
  for (size_t p = 0; p < all.size();) {
    size_t q = all.find('\n', p);
    if (q == std::string::npos) q = all.size();
    if (q > p) lines.push_back(all.substr(p, q - p));
    p = q + 1;
  }
  UErrorCode status = U_ZERO_ERROR;
  BreakIterator* words = BreakIterator::createWordInstance(Locale("ar"), status);
  if (U_FAILURE(status)) {
    std::cerr << u_errorName(status) << std::endl;
    return 1;
  }
  for (int run = 0; run < runs; run++) {
    long long tokens = 0;
    auto start = std::chrono::steady_clock::now();
    double cpu_start = thread_cpu_seconds();
    for (const auto& line : lines) {
      UnicodeString text = UnicodeString::fromUTF8(line);
      words->setText(text);
      int32_t s = words->first();
      for (int32_t e = words->next(); e != BreakIterator::DONE; s = e, e = words->next()) {
        if (words->getRuleStatus() != 0 || !u_isUWhiteSpace(text.char32At(s))) tokens++;
      }
    }
    double cpu_end = thread_cpu_seconds();
    auto end = std::chrono::steady_clock::now();
    std::cout << std::chrono::duration<double>(end - start).count() << " " << (cpu_end - cpu_start) << " "
              << tokens << std::endl;
  }
  delete words;
  return 0;
}
