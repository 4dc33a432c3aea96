# Mask2Former Swin-L trained on the fine seeds of COCO-2014: the reference's m2f-sl22-bt4-100k-512x-COCO (METHOD
# §12.1): the VOC recipe with 81 classes, 100k iterations and no explicit Pad in the training pipeline (the data
# preprocessor pads to 512). Trained on the ids that have seeds only (METHOD §12's pitfall).
_base_ = ["./m2f_swin-l_voc.py"]

num_classes = 81
model = dict(decode_head=dict(num_classes=num_classes, loss_cls=dict(class_weight=[1.0] * num_classes + [0.1])))
crop_size = (512, 512)
train_pipeline = [
    dict(type="FmaLoadImage"),
    dict(type="LoadAnnotations"),
    dict(type="RandomResize", scale=(2048, 512), ratio_range=(0.5, 2.0), keep_ratio=True),
    dict(type="RandomCrop", crop_size=crop_size, cat_max_ratio=0.75),
    dict(type="RandomFlip", prob=0.5),
    dict(type="PhotoMetricDistortion"),
    dict(type="PackSegInputs"),
]
train_dataloader = dict(dataset=dict(pipeline=train_pipeline))
max_iters = 100000
param_scheduler = [dict(type="PolyLR", eta_min=0, power=0.9, begin=0, end=max_iters, by_epoch=False)]
train_cfg = dict(type="IterBasedTrainLoop", max_iters=max_iters, val_interval=5000)
