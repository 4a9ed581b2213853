# What bench/run, bench/fault and bench/rebuild share: bench's classes, built when missing or older than their
# sources, and the JVM that runs them.
bench_build() {
  if [ ! -d "$ROOT/bench/target/lib" ] || [ -n "$(find "$ROOT/bench/src" "$ROOT/bench/pom.xml" -newer "$ROOT/bench/target/lib" -type f -print -quit)" ]; then
    (cd "$ROOT" && mvn -B -ntp -q -pl bench -am package -DskipTests)
    touch "$ROOT/bench/target/lib"
  fi
}

bench_java() { java -Xmx512m -cp "$ROOT/bench/target/classes:$ROOT/bench/target/lib/*" "$@"; }
