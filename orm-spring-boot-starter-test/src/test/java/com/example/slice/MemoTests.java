package com.example.slice;

import static org.assertj.core.api.Assertions.assertThat;

import dev.qlio.orm.session.Session;
import dev.qlio.orm.test.autoconfigure.OrmTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code @OrmTest} with nothing but the two starters and H2. */
@OrmTest
class MemoTests {

    @Autowired Session session;

    @Test
    void addsAndReadsAMemo() {
        Memo memo = new Memo();
        memo.set(Memo.BODY, "remember");
        this.session.add(memo);
        assertThat(this.session.select(Memo.class).all())
                .singleElement()
                .satisfies((m) -> assertThat(m.get(Memo.BODY)).isEqualTo("remember"));
    }
}
