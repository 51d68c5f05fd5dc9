package org.borderliaison.patrol;

/** Bilateral patrol (tuần tra song phương) or joint law-enforcement patrol (tuần tra liên hợp thực thi pháp luật). */
public enum PatrolKind {
    BILATERAL,
    JOINT
}
