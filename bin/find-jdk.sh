# shellcheck shell=bash
# Sourced by ./pfocr and ./run-tests (not run on its own): finds a Java 21+ JDK and Maven
# without starting a JVM, so that the launcher stays fast.
#
#   pfocr_find_jdk    sets PFOCR_JAVA_HOME and PFOCR_JAVA_MAJOR: $JAVA_HOME when it is a 21+ JDK,
#                     else the newest 21+ JDK under ${PFOCR_JVM_DIR:-/usr/lib/jvm};
#                     otherwise prints one error line and returns 1.
#   pfocr_find_maven  returns 1 with one error line when mvn is not on PATH.
#   pfocr_use_jdk     exports JAVA_HOME (for Maven) and quietens Maven's JDK 24+ warnings.
#
# PFOCR_JVM_DIR exists for the launcher tests and for JDKs installed elsewhere.

# Sets _pfocr_major to the major version of the JDK at $1 (from its release file); returns 1
# when $1 is not a JDK (no bin/java, bin/javac or release file).
_pfocr_jdk_major() {
  local line version
  _pfocr_major=0
  [[ -x $1/bin/java && -x $1/bin/javac && -r $1/release ]] || return 1
  while IFS= read -r line; do
    [[ $line == JAVA_VERSION=* ]] || continue
    version=${line#JAVA_VERSION=}
    version=${version//\"/}
    [[ $version == 1.* ]] && version=${version#1.}
    version=${version%%[!0-9]*}
    [[ -n $version ]] || return 1
    _pfocr_major=$((10#$version))
    return 0
  done < "$1/release"
  return 1
}

pfocr_find_jdk() {
  local candidate
  PFOCR_JAVA_HOME=
  PFOCR_JAVA_MAJOR=0
  if [[ -n ${JAVA_HOME:-} ]] && _pfocr_jdk_major "$JAVA_HOME" && ((_pfocr_major >= 21)); then
    PFOCR_JAVA_HOME=${JAVA_HOME%/}
    PFOCR_JAVA_MAJOR=$_pfocr_major
    return 0
  fi
  for candidate in "${PFOCR_JVM_DIR:-/usr/lib/jvm}"/*/; do
    candidate=${candidate%/}
    if _pfocr_jdk_major "$candidate" && ((_pfocr_major >= 21 && _pfocr_major > PFOCR_JAVA_MAJOR)); then
      PFOCR_JAVA_HOME=$candidate
      PFOCR_JAVA_MAJOR=$_pfocr_major
    fi
  done
  [[ -n $PFOCR_JAVA_HOME ]] && return 0
  echo "pfocr: error: needs a Java 21+ JDK: set JAVA_HOME or install one (e.g. apt install openjdk-21-jdk)" >&2
  return 1
}

pfocr_find_maven() {
  command -v mvn > /dev/null && return 0
  echo "pfocr: error: needs Maven to build: install it (e.g. apt install maven) or put mvn on PATH" >&2
  return 1
}

pfocr_use_jdk() {
  export JAVA_HOME=$PFOCR_JAVA_HOME
  # JDK 24+ warns when Maven's own libraries (Guava) use sun.misc.Unsafe; the flag exists since JDK 23.
  if ((PFOCR_JAVA_MAJOR >= 23)) && [[ ${MAVEN_OPTS:-} != *--sun-misc-unsafe-memory-access* ]]; then
    export MAVEN_OPTS="${MAVEN_OPTS:+$MAVEN_OPTS }--sun-misc-unsafe-memory-access=allow"
  fi
}
