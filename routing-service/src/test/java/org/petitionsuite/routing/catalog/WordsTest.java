package org.petitionsuite.routing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The segmenter learns words without writing jieba's progress reports among the service's JSON log lines. */
class WordsTest {
    @Test
    void learningAWordKeepsItTogetherAndPrintsNothing() {
        String word = "测试专用词" + Long.toString(System.nanoTime() % 1000, 36);
        Words.of("预热"); // the general dictionary is loaded before capturing
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = System.out;
        PrintStream err = System.err;
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Words.learn(List.of(word));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("load finished");
        assertThat(Words.of("这是" + word + "的例子")).extracting(t -> t.word).contains(word);
        assertThat(Words.shields(word)).as("a learned catalog word does not shield").isFalse();
        assertThat(Words.shields("不起诉")).as("a curated domain word does").isTrue();
    }
}
